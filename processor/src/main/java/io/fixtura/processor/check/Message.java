package io.fixtura.processor.check;

import java.util.Locale;

/**
 * The catalogue of everything the processor reports, each with a stable code. A message says
 * what is wrong and what to change; tests assert the code and the element it points at.
 */
public enum Message {
    RANGE_UNPARSABLE("FX100", "@Range %s = \"%s\" is not a valid %s: %s. Use %s"),
    RANGE_MIN_ABOVE_MAX("FX101", "@Range min %s is above max %s; swap them or fix one"),
    RANGE_UNSUPPORTED_TYPE("FX102", "@Range does not apply to field '%s' of type %s; use it on numbers"
            + " (byte, short, int, long, float, double, their boxes, BigDecimal, BigInteger) or java.time values"),
    NO_VALID_VALUE("FX103", "the constraints on '%s' leave no valid value: %s"),
    SIZE_MIN_ABOVE_MAX("FX104", "@%s min %d is above max %d"),
    REFERENCE_NOT_ENTITY("FX110", "@References points at %s, which is not a @TestEntity; annotate it or reference an entity"),
    REFERENCE_FIELD_MISSING("FX111", "@References field \"%s\" does not exist in %s; its fields are %s"),
    REFERENCE_TYPE_MISMATCH("FX112", "field '%s' is %s but references %s.%s of type %s; the types must match"),
    REFERENCE_NOT_GENERATED("FX114", "field '%s' holds a %s, whose factory is not generated in this compilation;"
            + " list %s in @GenerateFactories too"),
    REFERENCE_CYCLE("FX115", "the references %s form a cycle in which every link is required; make one of them"
            + " nullable (drop its @NotNull), so it can be filled in after the records it points at"),
    REFERENCE_NO_KEY("FX113", "@References(%s.class) needs a key in %s: give it an @Id, a field named id,"
            + " @TestEntity(key = ...), or name the field with @References(field = \"...\")"),
    NO_CONSTRUCTION("FX120", "cannot build %s: add a constructor whose parameters are named as the fields %s,"
            + " or a no-arg constructor with setters (missing for %s)"),
    NO_READ_ACCESS("FX121", "cannot read field '%s' of %s: make it non-private or add a getter %s()"),
    PARAMETER_NAMES_MISSING("FX122", "the constructor parameters of %s are named %s because its class was compiled"
            + " without -parameters; compile the domain with -parameters (maven-compiler-plugin <parameters>true</parameters>)"
            + " or give it setters"),
    TYPE_NOT_USABLE("FX123", "generated code in the same package cannot use %s: %s"),
    UNSUPPORTED_TYPE("FX130", "cannot generate field '%s' of type %s; supported: primitives and boxes, String, UUID,"
            + " BigDecimal, BigInteger, java.time values, enums, byte[], Optional, List/Set/Map of these, and nested"
            + " records or classes of such fields"),
    FAKE_TYPE_CONFLICT("FX140", "@Fake gives text but field '%s' is %s; put @Fake on a String field"),
    FAKE_SYNTAX("FX141", "@Fake(\"%s\") is not a Datafaker expression: %s; write it as #{Provider.method}, e.g. #{Name.firstName}"),
    PATTERN_UNSUPPORTED("FX142", "@Pattern \"%s\" cannot be generated: %s; rewrite it without that construct"),
    PATTERN_INVALID("FX143", "@Pattern \"%s\" is not a valid regular expression: %s"),
    UNKNOWN_PACKAGE("FX150", "@GenerateFactories package \"%s\" has no @TestEntity classes on the class path"
            + " (is it spelled right, and is the domain module a dependency?)"),
    NOT_AN_ENTITY("FX151", "@GenerateFactories lists %s, which is not annotated @TestEntity"),
    DUPLICATE_TABLE("FX160", "table \"%s\" is already used by %s; give one of them @TestEntity(table = \"...\")"),
    KEY_FIELD_MISSING("FX161", "key field \"%s\" does not exist in %s; its fields are %s"),
    UNIQUE_COLUMN_MISSING("FX163", "@UniqueConstraint names column \"%s\", which %s does not have; its columns are %s"),
    LOCALE_INVALID("FX162", "@TestEntity locale \"%s\" is not a language tag such as \"en-US\" or \"de-DE\""),
    SENSITIVE_TYPE("FX170", "@Sensitive(%s) cannot rewrite field '%s' of type %s: %s"),
    SENSITIVE_NOT_INJECTIVE("FX171", "@Sensitive(%s) on '%s', which is unique, would give several records one value;"
            + " use TOKENIZE, FAKE or HASH, which map distinct values to distinct values"),
    SENSITIVE_NESTED("FX172", "@Sensitive on '%s', a member of the nested value %s, would not be anonymized: anonymizers"
            + " rewrite the entity's own fields; mark the entity's field '%s' @Sensitive (FAKE draws a whole new value) or"
            + " @Sensitive(REDACT), or make %s an entity"),
    INTERNAL_ERROR("FX199", "Fixtura failed on this element; please report it with this trace: %s");

    private final String code;
    private final String template;

    Message(String code, String template) {
        this.code = code;
        this.template = template;
    }

    public String code() {
        return code;
    }

    /** The full text: {@code [FX101] …}. */
    public String format(Object... args) {
        return "[" + code + "] " + String.format(Locale.ROOT, template, args);
    }
}
