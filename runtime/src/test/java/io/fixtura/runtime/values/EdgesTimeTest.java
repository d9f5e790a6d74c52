package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.EdgeAssertions.REFERENCE;
import static io.fixtura.runtime.values.EdgeAssertions.anyRole;
import static io.fixtura.runtime.values.EdgeAssertions.validEdges;
import static io.fixtura.runtime.values.EdgeAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class EdgesTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TimeBound at(String value) {
        return value.length() == 10 ? TimeBound.at(LocalDate.parse(value)) : TimeBound.at(Instant.parse(value));
    }

    private static Constraint range(TimeBound min, TimeBound max) {
        return Constraint.time("Range", min, max);
    }

    @Test
    void anInstantRangeHasItsEndsAndCalendarCorners() {
        TimeBound min = at("2000-01-01T00:00:00Z");
        TimeBound max = at("2030-01-01T00:00:00Z");
        List<Edge<Instant>> edges = validEdges(TimeSpec.instant(min, max), range(min, max));
        assertThat(value(edges, "min")).isEqualTo("2000-01-01T00:00:00Z");
        assertThat(value(edges, "min+1s")).isEqualTo("2000-01-01T00:00:01Z");
        assertThat(value(edges, "max-1s")).isEqualTo("2029-12-31T23:59:59Z");
        assertThat(value(edges, "max")).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(value(edges, "leap day")).isEqualTo("2024-02-29T12:00:00Z");
        assertThat(value(edges, "end of month")).isEqualTo("2024-01-31T23:59:59Z");
        assertThat(value(edges, "end of year")).isEqualTo("2024-12-31T23:59:59Z");
        Instant dst = value(edges, "DST change (Europe)");
        assertThat(BERLIN.getRules().nextTransition(dst.minusSeconds(1)).getInstant()).isEqualTo(dst);
        assertThat(anyRole(edges, "epoch")).isFalse();
        assertThat(EdgeAssertions.role(edges, "leap day").label()).isEqualTo("leap day 2024-02-29T12:00:00Z");

        TimeBound wideMin = at("1901-12-13T20:45:52Z");
        TimeBound wideMax = at("2100-01-01T00:00:00Z");
        List<Edge<Instant>> wide = validEdges(TimeSpec.instant(wideMin, wideMax).unique(), range(wideMin, wideMax));
        assertThat(value(wide, "epoch")).isEqualTo(Instant.EPOCH);
        assertThat(value(wide, "just before epoch")).isEqualTo("1969-12-31T23:59:59Z");
        assertThat(value(wide, "32-bit time overflow")).isEqualTo("2038-01-19T03:14:08Z");
    }

    @Test
    void datesHaveTheirCornersAsDates() {
        TimeBound min = at("1990-01-01");
        TimeBound max = at("2030-12-31");
        List<Edge<LocalDate>> edges = validEdges(TimeSpec.localDate(min, max), range(min, max));
        assertThat(anyRole(edges, "epoch")).isFalse();
        LocalDate leap = value(edges, "leap day");
        assertThat(leap.getMonth()).isEqualTo(Month.FEBRUARY);
        assertThat(leap.getDayOfMonth()).isEqualTo(29);
        LocalDate monthEnd = value(edges, "end of month");
        assertThat(monthEnd).isEqualTo(monthEnd.with(TemporalAdjusters.lastDayOfMonth()));
        assertThat(value(edges, "end of year")).matches(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31);
        LocalDate dstDay = value(edges, "DST change day (Europe)");
        assertThat(dstDay.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(BERLIN.getRules().getOffset(dstDay.atTime(0, 0)))
                .isNotEqualTo(BERLIN.getRules().getOffset(dstDay.atTime(23, 0)));
        assertThat(value(edges, "min+1d")).isEqualTo("1990-01-02");

        List<Edge<LocalDate>> wide = validEdges(TimeSpec.localDate(at("1900-01-01"), at("2100-12-31")));
        assertThat(value(wide, "epoch")).isEqualTo(LocalDate.EPOCH);
    }

    @Test
    void localDateTimesGetTheTimeCentralEuropeSkips() {
        TimeBound min = at("2000-01-01");
        TimeBound max = at("2030-01-01");
        List<Edge<LocalDateTime>> edges = validEdges(TimeSpec.localDateTime(min, max), range(min, max));
        LocalDateTime gap = value(edges, "DST gap (Central Europe)");
        assertThat(BERLIN.getRules().getValidOffsets(gap)).isEmpty();
        assertThat(value(edges, "end of year").toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(value(edges, "leap day").toLocalDate()).isEqualTo("2024-02-29");
    }

    @Test
    void timesOfDayAndDurationsHaveTheirOwnCorners() {
        List<Edge<LocalTime>> day = validEdges(TimeSpec.localTime(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)));
        assertThat(value(day, "midnight")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(value(day, "noon")).isEqualTo(LocalTime.NOON);
        assertThat(value(day, "last second")).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(value(day, "min+1s")).isEqualTo(LocalTime.of(0, 0, 1));
        List<Edge<LocalTime>> office = validEdges(TimeSpec.localTime(LocalTime.of(8, 0), LocalTime.of(18, 0)).unique());
        assertThat(anyRole(office, "midnight")).isFalse();
        assertThat(value(office, "noon")).isEqualTo(LocalTime.NOON);
        assertThat(office).extracting(Edge::value).allMatch(t -> !t.isBefore(LocalTime.of(8, 0)) && !t.isAfter(LocalTime.of(18, 0)));

        Duration lo = Duration.ofHours(-1);
        Duration hi = Duration.ofHours(2);
        List<Edge<Duration>> durations = validEdges(TimeSpec.duration(lo, hi), range(TimeBound.at(lo), TimeBound.at(hi)));
        assertThat(value(durations, "zero")).isZero();
        assertThat(value(durations, "minus one second")).isEqualTo(Duration.ofSeconds(-1));
        assertThat(value(durations, "max-1s")).isEqualTo(Duration.ofSeconds(7199));
        List<Edge<Duration>> positive = validEdges(TimeSpec.duration(Duration.ofSeconds(5), Duration.ofSeconds(5)));
        assertThat(positive).extracting(Edge::label).containsExactly("min, max PT5S");
    }

    /** Every type, with fixed and relative bounds, plain, past and future: every edge within its range and narrowing. */
    @Test
    void everyTemporalTypeKeepsToItsRangeAndToPastAndFuture() {
        List<TimeBound[]> ranges = List.of(
                new TimeBound[] {at("1900-01-01"), at("2100-01-01")},
                new TimeBound[] {at("2024-02-10T06:00:00Z"), at("2024-03-05T00:00:00Z")},
                new TimeBound[] {at("2025-03-30T00:59:59Z"), at("2025-03-30T01:00:00Z")},
                new TimeBound[] {TimeBound.now(-100, ChronoUnit.YEARS), TimeBound.now(-18, ChronoUnit.YEARS)},
                new TimeBound[] {TimeBound.now(-30, ChronoUnit.DAYS), TimeBound.now(30, ChronoUnit.DAYS)},
                new TimeBound[] {TimeBound.now(-10, ChronoUnit.YEARS), TimeBound.now(10, ChronoUnit.YEARS)},
                new TimeBound[] {TimeBound.now(-1, ChronoUnit.HOURS), TimeBound.now(3, ChronoUnit.DAYS)});
        List<BiFunction<TimeBound, TimeBound, TimeSpec<?>>> types = List.of(TimeSpec::instant, TimeSpec::localDate,
                TimeSpec::localDateTime, TimeSpec::offsetDateTime, TimeSpec::zonedDateTime);
        int checked = 0;
        for (TimeBound[] r : ranges) {
            for (BiFunction<TimeBound, TimeBound, TimeSpec<?>> type : types) {
                TimeSpec<?> base = type.apply(r[0], r[1]);
                List<Object[]> variants = new ArrayList<>();
                variants.add(new Object[] {base, null});
                variants.add(new Object[] {base.unique(), null});
                variants.add(new Object[] {base.past(), Constraint.temporal("Past")});
                variants.add(new Object[] {base.pastOrPresent(), Constraint.temporal("PastOrPresent")});
                variants.add(new Object[] {base.future(), Constraint.temporal("Future")});
                variants.add(new Object[] {base.futureOrPresent().unique(), Constraint.temporal("FutureOrPresent")});
                for (Object[] variant : variants) {
                    TimeSpec<?> spec = (TimeSpec<?>) variant[0];
                    try {
                        spec.min(REFERENCE);
                    } catch (IllegalStateException emptyOnceNarrowed) {
                        continue;
                    }
                    List<? extends Edge<?>> edges = variant[1] == null
                            ? validEdges(spec, range(r[0], r[1]))
                            : validEdges(spec, range(r[0], r[1]), (Constraint) variant[1]);
                    assertThat(edges).as("%s", spec).isNotEmpty();
                    assertThat(edges.get(0).value()).isEqualTo(spec.min(REFERENCE));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void offsetAndZonedValuesAreInUtcLikeTheSpecsOwn() {
        TimeBound min = at("2020-01-01");
        TimeBound max = at("2022-01-01");
        assertThat(validEdges(TimeSpec.offsetDateTime(min, max)))
                .allSatisfy(e -> assertThat(e.value().getOffset()).isEqualTo(java.time.ZoneOffset.UTC));
        List<Edge<ZonedDateTime>> zoned = validEdges(TimeSpec.zonedDateTime(min, max));
        assertThat(value(zoned, "leap day")).isEqualTo(ZonedDateTime.parse("2020-02-29T12:00:00Z"));
        List<Edge<OffsetDateTime>> tight = validEdges(TimeSpec.offsetDateTime(at("2020-02-29T20:00:00Z"),
                at("2020-03-01T10:00:00Z")));
        assertThat(value(tight, "leap day")).isEqualTo(OffsetDateTime.parse("2020-02-29T20:00:00Z"));
    }
}
