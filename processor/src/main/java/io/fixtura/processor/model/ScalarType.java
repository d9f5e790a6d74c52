package io.fixtura.processor.model;

/** The scalar field types Fixtura generates directly, with the class that names each. */
public enum ScalarType {
    BOOLEAN("java.lang.Boolean", "boolean"),
    BYTE("java.lang.Byte", "byte"),
    SHORT("java.lang.Short", "short"),
    INT("java.lang.Integer", "int"),
    LONG("java.lang.Long", "long"),
    FLOAT("java.lang.Float", "float"),
    DOUBLE("java.lang.Double", "double"),
    CHAR("java.lang.Character", "char"),
    STRING("java.lang.String", null),
    UUID("java.util.UUID", null),
    BIG_DECIMAL("java.math.BigDecimal", null),
    BIG_INTEGER("java.math.BigInteger", null),
    LOCAL_DATE("java.time.LocalDate", null),
    LOCAL_DATE_TIME("java.time.LocalDateTime", null),
    LOCAL_TIME("java.time.LocalTime", null),
    INSTANT("java.time.Instant", null),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", null),
    ZONED_DATE_TIME("java.time.ZonedDateTime", null),
    DURATION("java.time.Duration", null),
    BYTES(null, null);

    private final String boxed;
    private final String primitive;

    ScalarType(String boxed, String primitive) {
        this.boxed = boxed;
        this.primitive = primitive;
    }

    /** The class name of the (boxed) type; null for byte[]. */
    public String boxedName() {
        return boxed;
    }

    /** The primitive keyword, or null. */
    public String primitiveName() {
        return primitive;
    }

    public boolean isIntegral() {
        return this == BYTE || this == SHORT || this == INT || this == LONG || this == BIG_INTEGER;
    }

    public boolean isNumeric() {
        return isIntegral() || this == FLOAT || this == DOUBLE || this == BIG_DECIMAL;
    }

    /** Date-time types that a point in time or a calendar value maps to. */
    public boolean isTemporal() {
        return this == LOCAL_DATE || this == LOCAL_DATE_TIME || this == LOCAL_TIME || this == INSTANT
                || this == OFFSET_DATE_TIME || this == ZONED_DATE_TIME || this == DURATION;
    }

    /** The scalar type named by a boxed class or primitive keyword, or null. */
    public static ScalarType named(String name) {
        for (ScalarType t : values()) {
            if (name.equals(t.boxed) || name.equals(t.primitive)) {
                return t;
            }
        }
        return null;
    }
}
