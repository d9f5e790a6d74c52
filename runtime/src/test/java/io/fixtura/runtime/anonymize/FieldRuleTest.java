package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.annotations.Sensitive.Strategy;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.TimeBound;
import io.fixtura.runtime.values.ValueSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each strategy fitted to the field it rewrites: bounds, patterns, emails, uniqueness and joins. */
class FieldRuleTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("field rule test secret 0123");
    private static final AnonymizationKey OTHER = AnonymizationKey.of("another field rule secret 0123");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    record Row(Object value) {
    }

    private static FieldRule rule(AnonymizationKey key, FieldModel<Row> field, ValueSpec<?> spec) {
        return FieldRule.of(key, "Row", field, spec, NOW);
    }

    private static FieldModel<Row> field(Class<?> type) {
        return FieldModel.<Row>of("value", type, Row::value);
    }

    @Test
    void aTokenOfABoundedWholeNumberIsAPermutationOfItsRange() {
        FieldRule rule = rule(KEY, field(Integer.class).notNull().constraints(
                Constraint.number("Range", BigDecimal.valueOf(18), true, BigDecimal.valueOf(99), true))
                .sensitive(Strategy.TOKENIZE, null), null);
        Set<Object> tokens = new HashSet<>();
        for (int age = 18; age <= 99; age++) {
            Object token = rule.apply(age);
            assertThat((Integer) token).isBetween(18, 99);
            tokens.add(token);
        }
        assertThat(tokens).hasSize(82);
    }

    @Test
    void generalizingStaysWithinExclusiveAndRelativeBounds() {
        FieldRule salary = rule(KEY, field(BigDecimal.class).constraints(
                Constraint.number("Positive", BigDecimal.ZERO, false, null, false), Constraint.digits(7, 2))
                .sensitive(Strategy.GENERALIZE, null), null);
        assertThat(salary.apply(new BigDecimal("5.25"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(salary.apply(new BigDecimal("4321.99"))).isEqualTo(new BigDecimal("4320.00"));

        FieldRule born = rule(KEY, field(LocalDate.class).constraints(Constraint.time("Range",
                TimeBound.at(LocalDate.parse("1956-01-15")), TimeBound.now(-18, ChronoUnit.YEARS)))
                .sensitive(Strategy.GENERALIZE, null), null);
        assertThat(born.apply(LocalDate.parse("1970-06-20"))).isEqualTo(LocalDate.parse("1970-06-01"));
        // the first of the month would fall before the range's minimum: clamped to it
        assertThat(born.apply(LocalDate.parse("1956-01-20"))).isEqualTo(LocalDate.parse("1956-01-15"));
    }

    @Test
    void aRedactedValueThatMayNotBeNullIsAFixedValueMeetingThePattern() {
        FieldModel<Row> code = field(String.class).notNull()
                .constraints(Constraint.notNull(), Constraint.pattern("Pattern", "[A-Z]{3}"))
                .sensitive(Strategy.REDACT, null);
        FieldRule rule = rule(KEY, code, draw -> "QRS");
        assertThat(rule.apply("ABC")).isEqualTo("QRS");
        assertThat(rule.apply("XYZ")).isEqualTo("QRS");
        assertThat(rule(KEY, field(String.class).constraints(Constraint.size("Size", 0, 40))
                .sensitive(Strategy.REDACT, null), null).apply("secret")).isNull();
        assertThatThrownBy(() -> rule(KEY, code, null).apply("ABC")).isInstanceOf(AnonymizationException.class)
                .hasMessageContaining("Row.value").hasMessageContaining("@Pattern").hasMessageNotContaining("ABC");
    }

    @Test
    void aHashedEmailIsStillAnEmailAndFitsTheColumn() {
        FieldRule rule = rule(KEY, field(String.class).sqlType(SqlType.varchar(40))
                .constraints(Constraint.email(), Constraint.size("Size", 0, 40)).sensitive(Strategy.HASH, Kind.EMAIL),
                null);
        String hashed = (String) rule.apply("anna.berg@example.com");
        assertThat(hashed).matches("[0-9a-f]+@anonymized\\.invalid").hasSizeLessThanOrEqualTo(40);
        assertThat(rule.apply("anna.berg@example.com")).isEqualTo(hashed);
        assertThat(rule(OTHER, field(String.class).sqlType(SqlType.varchar(40))
                .constraints(Constraint.email()).sensitive(Strategy.HASH, Kind.EMAIL), null)
                .apply("anna.berg@example.com")).isNotEqualTo(hashed);
    }

    @Test
    void maskingTextKeepsItsEndsAndAnEmailItsDomain() {
        FieldRule email = rule(KEY, field(String.class).constraints(Constraint.email())
                .sensitive(Strategy.MASK, Kind.EMAIL), null);
        assertThat(email.apply("annabel@example.org")).isEqualTo("a*****l@example.org");
        FieldRule name = rule(KEY, field(String.class).sensitive(Strategy.MASK, null), null);
        assertThat(name.apply("Johnson")).isEqualTo("J*****n");
        assertThatThrownBy(() -> rule(KEY, field(Integer.class).sensitive(Strategy.MASK, null), null).apply(42))
                .isInstanceOf(AnonymizationException.class).hasMessageContaining("MASK keeps characters of text");
    }

    @Test
    void aUniquePatternedFakeIsAnInjectiveTokenOfThePattern() {
        FieldRule rule = rule(KEY, field(String.class).unique()
                .constraints(Constraint.pattern("Pattern", "[A-Z]{2}-[0-9]{4}")).sensitive(Strategy.FAKE, null), null);
        Set<Object> out = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String original = (char) ('A' + i / 26 % 26) + "" + (char) ('A' + i % 26) + "-" + String.format("%04d", i);
            Object token = rule.apply(original);
            assertThat((String) token).matches("[A-Z]{2}-[0-9]{4}");
            out.add(token);
        }
        assertThat(out).hasSize(10_000);
    }

    @Test
    void aMillionMaskedUniqueEmailsStayDistinct() {
        FieldRule rule = rule(KEY, field(String.class).unique().sqlType(SqlType.varchar(60))
                .constraints(Constraint.email(), Constraint.size("Size", 0, 60)).sensitive(Strategy.MASK, Kind.EMAIL),
                null);
        Set<String> out = new HashSet<>(2_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            String masked = (String) rule.apply("user" + i + "@example.com");
            assertThat(masked.charAt(0)).isEqualTo('u');
            out.add(masked);
        }
        assertThat(out).hasSize(1_000_000);
    }

    @Test
    void aFakeOfAnyTypeIsDrawnFromTheFieldsSpecByTheKeyedHash() {
        ValueSpec<LocalDate> days = draw -> LocalDate.ofEpochDay(draw.below(20_000));
        FieldRule rule = rule(KEY, field(LocalDate.class).sensitive(Strategy.FAKE, null), days);
        LocalDate fake = (LocalDate) rule.apply(LocalDate.parse("1980-05-17"));
        assertThat(rule.apply(LocalDate.parse("1980-05-17"))).isEqualTo(fake);
        assertThat(rule(OTHER, field(LocalDate.class).sensitive(Strategy.FAKE, null), days)
                .apply(LocalDate.parse("1980-05-17"))).isNotEqualTo(fake);
    }

    @Test
    void aReferenceToASensitiveKeyIsRewrittenAsTheKeyIs() {
        record Parent(Long id) {
        }
        record Child(Long id, Long parentId) {
        }
        EntityModel<Parent> parents = new HandMadeModel<>(Parent.class, "parents", List.of("id"), List.of(
                FieldModel.<Parent>of("id", Long.class, Parent::id).key().sensitive(Strategy.TOKENIZE, null)),
                (ctx, i) -> new Parent(i));
        EntityModel<Child> children = new HandMadeModel<>(Child.class, "children", List.of("id"), List.of(
                FieldModel.<Child>of("id", Long.class, Child::id).key(),
                FieldModel.<Child>of("parentId", Long.class, Child::parentId)
                        .references(new Reference("parentId", Parent.class, "parents", "id"))),
                (ctx, i) -> new Child(i, i / 2));

        EntityRules<Parent> parentRules = EntityRules.of(parents, KEY, List.of(), NOW);
        EntityRules<Child> childRules = EntityRules.of(children, KEY, List.of(parents), NOW);
        assertThat(childRules.rewrites(0)).isFalse();
        assertThat(childRules.rewrites(1)).isTrue();
        for (long id = 1_000; id < 2_000; id++) {
            assertThat(childRules.value("parentId", id)).isEqualTo(parentRules.value("id", id));
        }
        assertThatThrownBy(() -> EntityRules.of(children, KEY, List.of(), NOW))
                .isInstanceOf(AnonymizationException.class)
                .hasMessageContaining("Child.parentId references Parent, whose model was not given");
    }
}
