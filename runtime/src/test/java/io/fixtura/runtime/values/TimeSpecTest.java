package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.REFERENCE;
import static io.fixtura.runtime.values.SpecDraws.context;
import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TimeSpecTest {

    /** Reference times to check margins from: the default (start of a UTC day) and awkward ones. */
    private static final List<Instant> REFERENCES = List.of(REFERENCE, Instant.parse("2026-03-15T12:34:56.789Z"),
            Instant.parse("2026-06-30T23:59:59Z"), Instant.parse("2024-02-29T00:00:00.000000001Z"));

    private static TimeBound at(String instant) {
        return TimeBound.at(Instant.parse(instant));
    }

    private static TimeBound now(long amount, ChronoUnit unit) {
        return TimeBound.now(amount, unit);
    }

    @Test
    void instantsStayWithinFixedBoundsOnWholeSeconds() {
        TimeSpec<Instant> spec = TimeSpec.instant(at("2020-01-01T00:00:00.5Z"), at("2020-01-01T00:00:03.5Z"));
        Set<Instant> seen = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            Instant value = spec.next(draw(i));
            assertThat(value.getNano()).isZero();
            seen.add(value);
        }
        assertThat(seen).containsExactlyInAnyOrder(Instant.parse("2020-01-01T00:00:01Z"),
                Instant.parse("2020-01-01T00:00:02Z"), Instant.parse("2020-01-01T00:00:03Z"));
    }

    @Test
    void relativeBoundsFollowTheReferenceTime() {
        TimeSpec<Instant> spec = TimeSpec.instant(now(-30, ChronoUnit.DAYS), now(0, ChronoUnit.DAYS));
        for (Instant reference : REFERENCES) {
            GenerationContext context = context(reference);
            for (long i = 0; i < 2_000; i++) {
                assertThat(spec.next(context.draw(i, 1)))
                        .isBetween(reference.minus(30, ChronoUnit.DAYS), reference);
            }
        }
        TimeSpec<LocalDate> years = TimeSpec.localDate(now(-100, ChronoUnit.YEARS), now(-18, ChronoUnit.YEARS)).past();
        for (long i = 0; i < 2_000; i++) {
            assertThat(years.next(draw(i))).isBetween(LocalDate.parse("1926-01-01"), LocalDate.parse("2008-01-01"));
        }
    }

    @Test
    void pastHoldsForEveryNowWithinADayOfTheReferenceInEveryZone() {
        for (Instant reference : REFERENCES) {
            GenerationContext context = context(reference);
            TimeSpec<Instant> instants = TimeSpec.instant(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).past();
            TimeSpec<LocalDate> dates = TimeSpec.localDate(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).past();
            TimeSpec<LocalDateTime> dateTimes = TimeSpec.localDateTime(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS))
                    .pastOrPresent();
            Instant latestInstant = instants.max(reference);
            LocalDate latestDate = dates.max(reference);
            LocalDateTime latestDateTime = dateTimes.max(reference);
            assertThat(latestInstant).isEqualTo(reference.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
            // The values themselves never pass those maxima.
            for (long i = 0; i < 2_000; i++) {
                Draw draw = context.draw(i, 2);
                assertThat(instants.next(draw)).isBeforeOrEqualTo(latestInstant);
                assertThat(dates.next(draw)).isBeforeOrEqualTo(latestDate);
                assertThat(dateTimes.next(draw)).isBeforeOrEqualTo(latestDateTime);
            }
            // What Hibernate Validator does: compare with the wall clock in the default zone.
            for (Instant clock = reference; clock.isBefore(reference.plus(1, ChronoUnit.DAYS)); clock = clock.plusSeconds(1799)) {
                assertThat(latestInstant).isBefore(clock);
                for (int hours = -14; hours <= 14; hours++) {
                    ZoneOffset zone = ZoneOffset.ofHours(hours);
                    assertThat(latestDate).as("reference %s, clock %s, zone %s", reference, clock, zone)
                            .isBefore(LocalDate.ofInstant(clock, zone));
                    assertThat(latestDateTime).isBefore(LocalDateTime.ofInstant(clock, zone));
                }
            }
        }
    }

    @Test
    void futureHoldsForEveryNowWithinADayOfTheReferenceInEveryZone() {
        for (Instant reference : REFERENCES) {
            GenerationContext context = context(reference);
            TimeSpec<OffsetDateTime> instants = TimeSpec.offsetDateTime(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS))
                    .future();
            TimeSpec<LocalDate> dates = TimeSpec.localDate(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS))
                    .futureOrPresent();
            TimeSpec<LocalDateTime> dateTimes = TimeSpec.localDateTime(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS))
                    .future();
            OffsetDateTime earliestInstant = instants.min(reference);
            LocalDate earliestDate = dates.min(reference);
            LocalDateTime earliestDateTime = dateTimes.min(reference);
            assertThat(earliestInstant.toInstant()).isAfterOrEqualTo(reference.plus(2, ChronoUnit.DAYS));
            for (long i = 0; i < 2_000; i++) {
                Draw draw = context.draw(i, 3);
                OffsetDateTime value = instants.next(draw);
                assertThat(value.getOffset()).isEqualTo(ZoneOffset.UTC);
                assertThat(value).isAfterOrEqualTo(earliestInstant);
                assertThat(dates.next(draw)).isAfterOrEqualTo(earliestDate);
                assertThat(dateTimes.next(draw)).isAfterOrEqualTo(earliestDateTime);
            }
            for (Instant clock = reference; clock.isBefore(reference.plus(1, ChronoUnit.DAYS)); clock = clock.plusSeconds(1799)) {
                assertThat(earliestInstant.toInstant()).isAfter(clock);
                for (int hours = -14; hours <= 14; hours++) {
                    ZoneOffset zone = ZoneOffset.ofHours(hours);
                    assertThat(earliestDate).as("reference %s, clock %s, zone %s", reference, clock, zone)
                            .isAfter(LocalDate.ofInstant(clock, zone));
                    assertThat(earliestDateTime).isAfter(LocalDateTime.ofInstant(clock, zone));
                }
            }
        }
    }

    @Test
    void marginsAtTheDefaultReferenceTimeAreTheDocumentedOnes() {
        TimeSpec<LocalDate> past = TimeSpec.localDate(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).past();
        TimeSpec<LocalDate> future = TimeSpec.localDate(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).future();
        TimeSpec<LocalDateTime> pastTimes = TimeSpec.localDateTime(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).past();
        TimeSpec<ZonedDateTime> futureZoned = TimeSpec.zonedDateTime(now(-10, ChronoUnit.DAYS), now(10, ChronoUnit.DAYS)).future();
        assertThat(past.max(REFERENCE)).isEqualTo(LocalDate.parse("2025-12-30"));
        assertThat(future.min(REFERENCE)).isEqualTo(LocalDate.parse("2026-01-03"));
        assertThat(pastTimes.max(REFERENCE)).isEqualTo(LocalDateTime.parse("2025-12-30T00:00:00"));
        assertThat(futureZoned.min(REFERENCE)).isEqualTo(ZonedDateTime.parse("2026-01-03T00:00:00Z"));
        assertThat(futureZoned.next(draw(0)).getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void anEmptyRangeAfterNarrowingNamesBothBounds() {
        TimeSpec<Instant> spec = TimeSpec.instant(at("2030-01-01T00:00:00Z"), at("2031-01-01T00:00:00Z")).past();
        assertThatThrownBy(() -> spec.next(draw(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030-01-01T00:00:00Z")
                .hasMessageContaining("2025-12-31T23:59:59Z")
                .hasMessageContaining("past");
        assertThatThrownBy(() -> TimeSpec.localDate(TimeBound.at(LocalDate.parse("2020-01-02")),
                TimeBound.at(LocalDate.parse("2020-01-01"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[2020-01-02, 2020-01-01]");
    }

    @Test
    void uniqueCoversADateRangeExactlyOnce() {
        TimeSpec<LocalDate> spec = TimeSpec.localDate(TimeBound.at(LocalDate.parse("2000-01-01")),
                TimeBound.at(LocalDate.parse("2000-12-31"))).unique();
        assertThat(spec.capacity()).isEqualTo(366);
        Set<LocalDate> seen = new HashSet<>();
        for (long i = 0; i < 366; i++) {
            seen.add(spec.next(draw(i)));
        }
        assertThat(seen).hasSize(366).contains(LocalDate.parse("2000-02-29"), LocalDate.parse("2000-12-31"));
        assertThatThrownBy(() -> spec.next(draw(366)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 366 distinct LocalDate values in [2000-01-01, 2000-12-31]")
                .hasMessageContaining("record index 366");
    }

    @Test
    void hundredThousandUniqueInstantsAreDistinct() {
        TimeSpec<Instant> spec = TimeSpec.instant(now(-3650, ChronoUnit.DAYS), now(0, ChronoUnit.DAYS)).pastOrPresent().unique();
        assertThat(spec.capacity(REFERENCE)).isEqualTo(3650L * 86_400);
        Set<Instant> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            Instant value = spec.next(draw(i));
            assertThat(value).isBetween(REFERENCE.minus(3650, ChronoUnit.DAYS), REFERENCE.minusSeconds(1));
            seen.add(value);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void timesOfDayAndDurationsRoundInwardToWholeSeconds() {
        TimeSpec<LocalTime> times = TimeSpec.localTime(LocalTime.parse("09:00:00.1"), LocalTime.parse("09:00:02.9"));
        TimeSpec<Duration> durations = TimeSpec.duration(Duration.ofMillis(-1500), Duration.ofMillis(1500)).unique();
        Set<LocalTime> seenTimes = new HashSet<>();
        Set<Duration> seenDurations = new HashSet<>();
        for (long i = 0; i < 300; i++) {
            seenTimes.add(times.next(draw(i)));
        }
        for (long i = 0; i < 3; i++) {
            seenDurations.add(durations.next(draw(i)));
        }
        assertThat(seenTimes).containsExactlyInAnyOrder(LocalTime.parse("09:00:01"), LocalTime.parse("09:00:02"));
        assertThat(seenDurations).containsExactlyInAnyOrder(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(1));
        assertThat(durations.capacity()).isEqualTo(3);
        assertThatThrownBy(times::past).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("LocalTime");
        TimeSpec<Duration> all = TimeSpec.duration(Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(Long.MAX_VALUE));
        for (long i = 0; i < 1000; i++) {
            assertThat(all.next(draw(i))).isNotNull();
        }
    }

    @Test
    void offsetBoundsAreComparedAsInstants() {
        TimeSpec<Instant> spec = TimeSpec.instant(TimeBound.at(OffsetDateTime.parse("2020-01-01T02:00:00+02:00")),
                TimeBound.at(ZonedDateTime.parse("2020-01-01T00:00:01Z")));
        Set<Instant> seen = new HashSet<>();
        for (long i = 0; i < 100; i++) {
            seen.add(spec.next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:01Z"));
    }

    @Test
    void isReproducible() {
        TimeSpec<LocalDateTime> spec = TimeSpec.localDateTime(now(-1, ChronoUnit.YEARS), now(1, ChronoUnit.YEARS));
        TimeSpec<LocalDateTime> unique = spec.unique();
        Function<Long, Draw> draws = i -> draw(9, i, 8);
        for (long i = 0; i < 100; i++) {
            assertThat(spec.next(draws.apply(i))).isEqualTo(spec.next(draws.apply(i)));
            assertThat(unique.next(draws.apply(i))).isEqualTo(
                    TimeSpec.localDateTime(now(-1, ChronoUnit.YEARS), now(1, ChronoUnit.YEARS)).unique().next(draws.apply(i)));
        }
        // A later reference time moves relative ranges, and so the values.
        GenerationContext later = context(REFERENCE.plus(100, ChronoUnit.DAYS));
        assertThat(spec.next(later.draw(0, SpecDraws.FIELD))).isNotEqualTo(spec.next(draw(0)));
    }
}
