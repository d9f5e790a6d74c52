package io.fixtura.processor.kinds;

/**
 * The broad family of a field's type, which is all that kind detection needs to decide whether a
 * kind found in the name fits the field ({@code boolean emailVerified} is not an email).
 */
public enum TypeCategory {
    /** {@code String}. */
    STRING,
    /** {@code byte}, {@code short}, {@code int}, {@code long}, their boxes, and {@code BigInteger}. */
    INTEGRAL,
    /** {@code BigDecimal}. */
    DECIMAL,
    /** {@code float}, {@code double} and their boxes. */
    FLOATING,
    /**
     * The {@code java.time} date-times: {@code LocalDate}, {@code LocalDateTime}, {@code Instant},
     * {@code OffsetDateTime}, {@code ZonedDateTime}.
     */
    TEMPORAL,
    /** {@code boolean} and {@code Boolean}. */
    BOOLEAN,
    /** Anything else: no kind fits it. */
    OTHER
}
