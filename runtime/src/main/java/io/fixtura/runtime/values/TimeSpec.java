package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Defaults;
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
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Dates, times and durations uniform on a grid inside an inclusive range whose bounds may move with
 * the reference time. The grid is whole seconds for instants, date-times, times of day and
 * durations, whole days for {@link LocalDate}. Offset and zoned date-times are in UTC.
 *
 * <h2>Past and future</h2>
 * Bean Validation (Hibernate Validator) checks {@code @Past} and {@code @Future} against the wall
 * clock, and local dates and date-times in the JVM's default zone, whose offset may be anything
 * from -14h to +14h. Values are made against the reference time instead, which is at most "now"
 * and by default the start of the current UTC day, so that generation is reproducible. The
 * narrowing methods keep a margin so that both views agree, assuming "now" is less than one day
 * after the reference time:
 * <ul>
 *   <li>{@link #past()}: at most reference - 1 second for instants, offset and zoned date-times;
 *       reference - 2 days for local date-times; for local dates the day before the UTC date of
 *       reference - 14 hours (reference day - 2 when the reference is the start of a day).</li>
 *   <li>{@link #future()}: at least reference + 2 days; for local dates the day after the UTC date
 *       of reference + 38 hours (reference day + 2 when the reference is the start of a day).</li>
 *   <li>{@link #pastOrPresent()} and {@link #futureOrPresent()} keep the same margins.</li>
 * </ul>
 * Times of day and durations have no past or future.
 *
 * <pre>{@code ValueSpec<LocalDate> birthday = TimeSpec.localDate(TimeBound.now(-100, YEARS), TimeBound.now(-18, YEARS)).past();}</pre>
 *
 * @param <T> the type of the values
 */
public final class TimeSpec<T> implements ValueSpec<T> {

    private static final long DAY = 86_400;

    private enum Type { INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME, DURATION }

    private enum Narrowing { NONE, PAST, PAST_OR_PRESENT, FUTURE, FUTURE_OR_PRESENT }

    /** The grid for one reference time: units are seconds or days, see {@link #toUnits}. */
    private record Resolved(Instant reference, long low, long high, IntegralSpec grid) {
    }

    private final Type type;
    private final TimeBound min;
    private final TimeBound max;
    private final Narrowing narrowing;
    private final boolean unique;
    private volatile Resolved resolved;

    private TimeSpec(Type type, TimeBound min, TimeBound max, Narrowing narrowing, boolean unique) {
        this.type = type;
        this.min = min;
        this.max = max;
        this.narrowing = narrowing;
        this.unique = unique;
        if (!min.isRelative() && !max.isRelative() && narrowing == Narrowing.NONE) {
            resolve(Instant.EPOCH); // fixed bounds: an empty range is an error right away
        }
    }

    /** Instants on whole seconds in {@code [min, max]}. */
    public static TimeSpec<Instant> instant(TimeBound min, TimeBound max) {
        return new TimeSpec<>(Type.INSTANT, min, max, Narrowing.NONE, false);
    }

    /** Dates in {@code [min, max]}; a bound with a time of day counts as its UTC date. */
    public static TimeSpec<LocalDate> localDate(TimeBound min, TimeBound max) {
        return new TimeSpec<>(Type.LOCAL_DATE, min, max, Narrowing.NONE, false);
    }

    /** Date-times on whole seconds in {@code [min, max]}, bounds read in UTC. */
    public static TimeSpec<LocalDateTime> localDateTime(TimeBound min, TimeBound max) {
        return new TimeSpec<>(Type.LOCAL_DATE_TIME, min, max, Narrowing.NONE, false);
    }

    /** Offset date-times on whole seconds in {@code [min, max]}, at offset UTC. */
    public static TimeSpec<OffsetDateTime> offsetDateTime(TimeBound min, TimeBound max) {
        return new TimeSpec<>(Type.OFFSET_DATE_TIME, min, max, Narrowing.NONE, false);
    }

    /** Zoned date-times on whole seconds in {@code [min, max]}, in zone {@link ZoneOffset#UTC}. */
    public static TimeSpec<ZonedDateTime> zonedDateTime(TimeBound min, TimeBound max) {
        return new TimeSpec<>(Type.ZONED_DATE_TIME, min, max, Narrowing.NONE, false);
    }

    /** Times of day on whole seconds in {@code [min, max]} (no wrapping past midnight). */
    public static TimeSpec<LocalTime> localTime(LocalTime min, LocalTime max) {
        return new TimeSpec<>(Type.LOCAL_TIME, TimeBound.at(min), TimeBound.at(max), Narrowing.NONE, false);
    }

    /** Durations of whole seconds in {@code [min, max]}. */
    public static TimeSpec<Duration> duration(Duration min, Duration max) {
        return new TimeSpec<>(Type.DURATION, TimeBound.at(min), TimeBound.at(max), Narrowing.NONE, false);
    }

    /** Only values Bean Validation's {@code @Past} accepts; see the class comment for the margins. */
    public TimeSpec<T> past() {
        return narrowed(Narrowing.PAST);
    }

    /** Only values {@code @PastOrPresent} accepts, with the margins of {@link #past()}. */
    public TimeSpec<T> pastOrPresent() {
        return narrowed(Narrowing.PAST_OR_PRESENT);
    }

    /** Only values Bean Validation's {@code @Future} accepts; see the class comment for the margins. */
    public TimeSpec<T> future() {
        return narrowed(Narrowing.FUTURE);
    }

    /** Only values {@code @FutureOrPresent} accepts, with the margins of {@link #future()}. */
    public TimeSpec<T> futureOrPresent() {
        return narrowed(Narrowing.FUTURE_OR_PRESENT);
    }

    /** Distinct values: a keyed permutation of the record index over the grid. */
    public TimeSpec<T> unique() {
        return new TimeSpec<>(type, min, max, narrowing, true);
    }

    private TimeSpec<T> narrowed(Narrowing to) {
        if (type == Type.LOCAL_TIME || type == Type.DURATION) {
            throw new UnsupportedOperationException("a " + typeName() + " has no past or future");
        }
        return new TimeSpec<>(type, min, max, to, unique);
    }

    /**
     * The number of grid points when unique, given the default reference time (see
     * {@link #capacity(Instant)}); exact for fixed bounds.
     *
     * @throws IllegalStateException when the range is empty
     */
    @Override
    public long capacity() {
        return unique ? capacity(Defaults.referenceTime()) : Long.MAX_VALUE;
    }

    /** The number of grid points (when unique) for this reference time. */
    @Override
    public long capacity(Instant referenceTime) {
        return unique ? resolve(referenceTime).grid().domain() : Long.MAX_VALUE;
    }

    /** The smallest value this spec gives at this reference time, after narrowing. */
    public T min(Instant referenceTime) {
        return fromUnits(resolve(referenceTime).low());
    }

    /** The largest value this spec gives at this reference time, after narrowing. */
    public T max(Instant referenceTime) {
        return fromUnits(resolve(referenceTime).high());
    }

    @Override
    public T next(Draw draw) {
        Resolved r = resolve(draw.context().referenceTime());
        if (unique && draw.index() >= r.grid().domain()) {
            throw new IllegalStateException("only " + r.grid().domain() + " distinct " + typeName() + " values in ["
                    + fromUnits(r.low()) + ", " + fromUnits(r.high()) + "], record index " + draw.index()
                    + " asked for one more");
        }
        return fromUnits(r.grid().nextLong(draw));
    }

    /**
     * The range's ends (after past or future narrowing, at the context's reference time) and one
     * step inside them, and the epoch, a leap day, an end of month and of year and a daylight-saving
     * change where the range holds them ({@link TimeEdges}); times of day add midnight, noon and
     * 23:59:59, durations zero and plus and minus one second.
     */
    @Override
    public List<Edge<T>> edges(GenerationContext context) {
        Resolved r = resolve(context.referenceTime());
        LongFunction<String> show = u -> String.valueOf(fromUnits(u));
        List<Edge<Long>> units = switch (type) {
            case LOCAL_DATE -> TimeEdges.days(r.low(), r.high(), show);
            case LOCAL_TIME -> TimeEdges.timeOfDay(r.low(), r.high(), show);
            case DURATION -> TimeEdges.duration(r.low(), r.high(), show);
            default -> TimeEdges.seconds(r.low(), r.high(), show, type == Type.LOCAL_DATE_TIME);
        };
        return units.stream().map(e -> e.map(this::fromUnits)).toList();
    }

    private Resolved resolve(Instant reference) {
        Resolved r = resolved;
        if (r != null && r.reference().equals(reference)) {
            return r;
        }
        long low = toUnits(min, true, reference);
        long high = toUnits(max, false, reference);
        switch (narrowing) {
            case PAST, PAST_OR_PRESENT -> high = Math.min(high, latestPast(reference));
            case FUTURE, FUTURE_OR_PRESENT -> low = Math.max(low, earliestFuture(reference));
            default -> { }
        }
        if (low > high) {
            throw new IllegalStateException("no " + typeName() + " lies in [" + describe(low) + ", " + describe(high)
                    + "]" + (narrowing == Narrowing.NONE ? "" : " once narrowed to " + narrowingName())
                    + " (bounds " + min + " and " + max + ", reference time " + reference + ")");
        }
        IntegralSpec grid = IntegralSpec.between(low, high);
        r = new Resolved(reference, low, high, unique ? grid.unique() : grid);
        resolved = r;
        return r;
    }

    /** A bound on the grid: the minimum rounds up to the next whole unit, the maximum down. */
    private long toUnits(TimeBound bound, boolean isMin, Instant reference) {
        switch (type) {
            case LOCAL_DATE:
                return ((LocalDate) bound.resolve(LocalDate.class, reference)).toEpochDay();
            case LOCAL_DATE_TIME:
                LocalDateTime dateTime = (LocalDateTime) bound.resolve(LocalDateTime.class, reference);
                return ceilIf(isMin, dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano());
            case LOCAL_TIME:
                LocalTime time = (LocalTime) bound.resolve(LocalTime.class, reference);
                return ceilIf(isMin, time.toSecondOfDay(), time.getNano());
            case DURATION:
                Duration duration = (Duration) bound.resolve(Duration.class, reference);
                return ceilIf(isMin, duration.getSeconds(), duration.getNano());
            default:
                Instant instant = bound.toInstant(reference);
                return ceilIf(isMin, instant.getEpochSecond(), instant.getNano());
        }
    }

    private static long ceilIf(boolean up, long seconds, int nanos) {
        return up && nanos > 0 ? Math.addExact(seconds, 1) : seconds;
    }

    /** The last grid point Bean Validation surely sees as past, see the class comment. */
    private long latestPast(Instant reference) {
        return switch (type) {
            case LOCAL_DATE -> LocalDate.ofInstant(reference.minus(14, ChronoUnit.HOURS), ZoneOffset.UTC).toEpochDay() - 1;
            case LOCAL_DATE_TIME -> reference.getEpochSecond() - 2 * DAY;
            default -> reference.getEpochSecond() - 1;
        };
    }

    /** The first grid point Bean Validation surely sees as future, see the class comment. */
    private long earliestFuture(Instant reference) {
        if (type == Type.LOCAL_DATE) {
            return LocalDate.ofInstant(reference.plus(38, ChronoUnit.HOURS), ZoneOffset.UTC).toEpochDay() + 1;
        }
        Instant earliest = reference.plus(2, ChronoUnit.DAYS);
        return ceilIf(true, earliest.getEpochSecond(), earliest.getNano());
    }

    @SuppressWarnings("unchecked")
    private T fromUnits(long units) {
        Object value = switch (type) {
            case INSTANT -> Instant.ofEpochSecond(units);
            case OFFSET_DATE_TIME -> Instant.ofEpochSecond(units).atOffset(ZoneOffset.UTC);
            case ZONED_DATE_TIME -> Instant.ofEpochSecond(units).atZone(ZoneOffset.UTC);
            case LOCAL_DATE_TIME -> LocalDateTime.ofEpochSecond(units, 0, ZoneOffset.UTC);
            case LOCAL_DATE -> LocalDate.ofEpochDay(units);
            case LOCAL_TIME -> LocalTime.ofSecondOfDay(units);
            case DURATION -> Duration.ofSeconds(units);
        };
        return (T) value;
    }

    /** A grid point for a message, even one just outside what the type can hold. */
    private String describe(long units) {
        try {
            return String.valueOf(fromUnits(units));
        } catch (RuntimeException e) {
            return units + (type == Type.LOCAL_DATE ? " days" : " seconds");
        }
    }

    private String typeName() {
        return switch (type) {
            case INSTANT -> "Instant";
            case OFFSET_DATE_TIME -> "OffsetDateTime";
            case ZONED_DATE_TIME -> "ZonedDateTime";
            case LOCAL_DATE_TIME -> "LocalDateTime";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_TIME -> "LocalTime";
            case DURATION -> "Duration";
        };
    }

    private String narrowingName() {
        return narrowing.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return "TimeSpec[" + typeName() + ", " + min + ", " + max
                + (narrowing == Narrowing.NONE ? "" : ", " + narrowingName()) + (unique ? ", unique]" : "]");
    }
}
