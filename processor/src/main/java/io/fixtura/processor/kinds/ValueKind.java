package io.fixtura.processor.kinds;

import static io.fixtura.processor.kinds.TypeCategory.DECIMAL;
import static io.fixtura.processor.kinds.TypeCategory.FLOATING;
import static io.fixtura.processor.kinds.TypeCategory.INTEGRAL;
import static io.fixtura.processor.kinds.TypeCategory.STRING;
import static io.fixtura.processor.kinds.TypeCategory.TEMPORAL;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a field holds, as far as its name tells: the kind decides which realistic values are
 * generated, the type categories it fits, and the default range of numeric and time kinds.
 * The string kinds are named exactly as the runtime's {@code io.fixtura.runtime.values.Kind}
 * constants, which generated code references by {@link #name()}.
 */
public enum ValueKind {
    EMAIL,
    PHONE,
    FIRST_NAME,
    LAST_NAME,
    FULL_NAME,
    USERNAME,
    PASSWORD,
    STREET,
    CITY,
    STATE,
    COUNTRY,
    COUNTRY_CODE,
    ZIP,
    URL,
    DOMAIN,
    IP,
    IPV6,
    MAC,
    USER_AGENT,
    COMPANY,
    JOB_TITLE,
    IBAN,
    CREDIT_CARD,
    CURRENCY,
    COLOR,
    DESCRIPTION,
    TITLE,
    PRODUCT_NAME,

    LATITUDE(new NumberRange("-90", "90", 6), DECIMAL, FLOATING),
    LONGITUDE(new NumberRange("-180", "180", 6), DECIMAL, FLOATING),
    /** Integral prices are common as cents; the range stays in currency units, scaling is the caller's choice. */
    PRICE(new NumberRange("0.50", "999.99", 2), DECIMAL, FLOATING, INTEGRAL),
    QUANTITY(new NumberRange("1", "100", 0), INTEGRAL),
    AGE(new NumberRange("18", "90", 0), INTEGRAL),
    PERCENT(new NumberRange("0", "100", 2), DECIMAL, FLOATING),
    YEAR(new NumberRange("1950", "2030", 0), INTEGRAL),

    BIRTH_DATE(new TimeRange(new TimeOffset(-90, ChronoUnit.YEARS), new TimeOffset(-18, ChronoUnit.YEARS))),
    PAST_TIME(new TimeRange(new TimeOffset(-3, ChronoUnit.YEARS), new TimeOffset(0, ChronoUnit.DAYS))),
    FUTURE_TIME(new TimeRange(new TimeOffset(1, ChronoUnit.DAYS), new TimeOffset(2, ChronoUnit.YEARS)));

    /** Which family of values a kind produces. */
    public enum Group {
        /** Realistic text from the runtime's pools. */
        STRING,
        /** A number within a default range, at a default scale. */
        NUMBER,
        /** A date-time within a default window around the reference time. */
        TIME
    }

    private final Group group;
    private final Set<TypeCategory> categories;
    private final NumberRange numberRange;
    private final TimeRange timeRange;

    ValueKind() {
        this(Group.STRING, EnumSet.of(STRING), null, null);
    }

    ValueKind(NumberRange range, TypeCategory first, TypeCategory... rest) {
        this(Group.NUMBER, EnumSet.of(first, rest), range, null);
    }

    ValueKind(TimeRange range) {
        this(Group.TIME, EnumSet.of(TEMPORAL), null, range);
    }

    ValueKind(Group group, Set<TypeCategory> categories, NumberRange numberRange, TimeRange timeRange) {
        this.group = group;
        this.categories = Collections.unmodifiableSet(categories);
        this.numberRange = numberRange;
        this.timeRange = timeRange;
    }

    /** Whether this kind produces text, numbers or date-times. */
    public Group group() {
        return group;
    }

    /** The type categories a field of this kind may have, in declaration order. */
    public Set<TypeCategory> categories() {
        return categories;
    }

    /** Whether a field of this category can hold values of this kind. */
    public boolean fits(TypeCategory category) {
        return categories.contains(category);
    }

    /** The default range and scale of a {@link Group#NUMBER} kind; empty for the others. */
    public Optional<NumberRange> numberRange() {
        return Optional.ofNullable(numberRange);
    }

    /** The default window of a {@link Group#TIME} kind; empty for the others. */
    public Optional<TimeRange> timeRange() {
        return Optional.ofNullable(timeRange);
    }

    /**
     * A default numeric range, both ends inclusive, as decimal strings (the form {@code @Range}
     * takes), and the number of fraction digits generated values get.
     */
    public record NumberRange(String min, String max, int scale) {
        public NumberRange {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (new BigDecimal(min).compareTo(new BigDecimal(max)) > 0 || scale < 0) {
                throw new IllegalArgumentException(min + ".." + max + " scale " + scale);
            }
        }

        public BigDecimal minValue() {
            return new BigDecimal(min);
        }

        public BigDecimal maxValue() {
            return new BigDecimal(max);
        }
    }

    /** A default time window, both ends as offsets from the reference time. */
    public record TimeRange(TimeOffset min, TimeOffset max) {
        public TimeRange {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }
    }

    /**
     * The reference time moved by {@code amount} units. {@link #text()} is the same offset in the
     * syntax of {@code @Range} ({@code "now-90y"}), so it can go through the same parser.
     */
    public record TimeOffset(long amount, ChronoUnit unit) {
        public TimeOffset {
            Objects.requireNonNull(unit, "unit");
            symbol(unit);
        }

        /** This offset as {@code @Range} writes it: {@code "now"}, {@code "now-3y"}, {@code "now+1d"}. */
        public String text() {
            if (amount == 0) {
                return "now";
            }
            return "now" + (amount > 0 ? "+" : "") + amount + symbol(unit);
        }

        @Override
        public String toString() {
            return text();
        }

        private static String symbol(ChronoUnit unit) {
            return switch (unit) {
                case SECONDS -> "s";
                case MINUTES -> "m";
                case HOURS -> "h";
                case DAYS -> "d";
                case WEEKS -> "w";
                case MONTHS -> "M";
                case YEARS -> "y";
                default -> throw new IllegalArgumentException("no @Range symbol for " + unit);
            };
        }
    }
}
