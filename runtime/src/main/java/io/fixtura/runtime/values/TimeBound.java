package io.fixtura.runtime.values;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One end of a time range: either a fixed value ({@code "2020-01-01"}) or an offset from the
 * reference time ({@code "now-30d"}), resolved into the field's own type. Offsets in months and
 * years follow the UTC calendar.
 */
public final class TimeBound {

    private final Object absolute;
    private final long amount;
    private final ChronoUnit unit;

    private TimeBound(Object absolute, long amount, ChronoUnit unit) {
        this.absolute = absolute;
        this.amount = amount;
        this.unit = unit;
    }

    /** A fixed bound: an Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, ZonedDateTime or Duration. */
    public static TimeBound at(Object value) {
        return new TimeBound(Objects.requireNonNull(value, "value"), 0, null);
    }

    /** The reference time moved by {@code amount} units ({@code now(-30, DAYS)} is "now-30d"). */
    public static TimeBound now(long amount, ChronoUnit unit) {
        return new TimeBound(null, amount, Objects.requireNonNull(unit, "unit"));
    }

    /** Whether this bound moves with the reference time. */
    public boolean isRelative() {
        return absolute == null;
    }

    /** This bound as an instant, given the reference time; a date means its start, UTC. */
    public Instant toInstant(Instant referenceTime) {
        if (absolute == null) {
            return shift(referenceTime);
        }
        return asInstant(absolute);
    }

    /** This bound in the given type (one of the types {@link #at} takes), given the reference time. */
    public Object resolve(Class<?> type, Instant referenceTime) {
        if (absolute != null && (type.isInstance(absolute) || absolute instanceof Duration || absolute instanceof LocalTime)) {
            return absolute;
        }
        Instant instant = toInstant(referenceTime);
        if (type == Instant.class) {
            return instant;
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (type == OffsetDateTime.class) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (type == ZonedDateTime.class) {
            return instant.atZone(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("a time bound cannot be resolved as " + type.getName());
    }

    /** Converts any supported date-time value to an instant (dates at their UTC start). */
    public static Instant asInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a date-time value: " + value.getClass().getName());
    }

    private Instant shift(Instant referenceTime) {
        if (amount == 0) {
            return referenceTime;
        }
        if (unit.isDateBased() && unit.compareTo(ChronoUnit.DAYS) > 0) {
            return referenceTime.atZone(ZoneOffset.UTC).plus(amount, unit).toInstant();
        }
        return referenceTime.plus(amount, unit);
    }

    @Override
    public String toString() {
        if (absolute != null) {
            return absolute.toString();
        }
        if (amount == 0) {
            return "now";
        }
        return "now" + (amount > 0 ? "+" : "") + amount + " " + unit.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
