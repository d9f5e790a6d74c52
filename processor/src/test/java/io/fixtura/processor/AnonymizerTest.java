package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.anonymize.AnonymizationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated anonymizers, compiled and run on records and classes, and the errors on strategies that cannot work. */
class AnonymizerTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("processor-test-key-0123456789");
    private static final JavaFileObject PERSON = source("p.Person",
            "package p;",
            "import io.fixtura.annotations.*;",
            "import io.fixtura.annotations.Sensitive.Strategy;",
            "import jakarta.validation.constraints.*;",
            "@TestEntity",
            "public record Person(",
            "    @Sensitive(Strategy.TOKENIZE) Long id,",
            "    @NotNull @Email @Unique @Size(max = 60) @Sensitive String email,",
            "    @Pattern(regexp = \"\\\\d{3}-\\\\d{4}\") @Sensitive(Strategy.MASK) String phone,",
            "    @Range(min = \"18\", max = \"99\") @Sensitive(Strategy.GENERALIZE) int age,",
            "    @Size(max = 200) @Sensitive(Strategy.REDACT) String notes,",
            "    @NotNull @Size(min = 12, max = 12) @Sensitive(Strategy.HASH) String ssn,",
            "    @NotNull @Size(max = 30) String team) {}");
    private static final JavaFileObject VISIT = source("p.Visit",
            "package p;",
            "import io.fixtura.annotations.*;",
            "@TestEntity",
            "public class Visit {",
            "    private Long id;",
            "    @jakarta.validation.constraints.NotNull @References(Person.class) private Long personId;",
            "    @jakarta.validation.constraints.NotNull private String room;",
            "    public Long getId() { return id; }",
            "    public void setId(Long id) { this.id = id; }",
            "    public Long getPersonId() { return personId; }",
            "    public void setPersonId(Long personId) { this.personId = personId; }",
            "    public String getRoom() { return room; }",
            "    public void setRoom(String room) { this.room = room; }",
            "}");

    private static ClassLoader loader;

    @BeforeAll
    static void compileDomain() {
        loader = load(compile(PERSON, VISIT));
    }

    @Test
    void aRecordIsAnonymizedFieldByFieldAndCopiedElsewhere() throws Exception {
        EntityModel<Object> model = model(loader, "p.PersonModel");
        List<?> people = ((Generator<?>) call(loader, "p.PersonFactory", "withSeed", 3L)).list(2_000);
        Object anonymizer = call(loader, "p.PersonAnonymizer", "with", KEY);
        Method anonymize = anonymizer.getClass().getMethod("anonymize", loader.loadClass("p.Person"));

        Set<Object> emails = new HashSet<>();
        Set<Object> ids = new HashSet<>();
        int kept = 0;
        for (Object person : people) {
            Object after = anonymize.invoke(anonymizer, person);
            assertThat(model.validate(after)).isEmpty();
            assertThat(get(model, after, "team")).isEqualTo(get(model, person, "team"));
            // a token keeps the digit count, so among the one-digit ids a few may map to themselves
            kept += get(model, after, "id").equals(get(model, person, "id")) ? 1 : 0;
            assertThat(get(model, after, "email")).isNotEqualTo(get(model, person, "email"));
            assertThat(get(model, after, "notes")).isNull();
            assertThat((String) get(model, after, "ssn")).matches("[0-9a-f]{12}");
            assertThat((int) get(model, after, "age")).isBetween(18, 99)
                    .isEqualTo(Math.max(18, (int) get(model, person, "age") / 10 * 10));
            String phone = (String) get(model, person, "phone");
            if (phone != null) {
                // a phone keeps its last four digits, and the pattern's layout
                assertThat((String) get(model, after, "phone")).matches("\\d{3}-\\d{4}")
                        .endsWith(phone.substring(phone.length() - 4));
            }
            emails.add(get(model, after, "email"));
            ids.add(get(model, after, "id"));
        }
        assertThat(emails).hasSize(people.size());
        assertThat(ids).hasSize(people.size());
        assertThat(kept).isLessThan(people.size() / 100);
    }

    @Test
    void aClassWithSettersReferencingASensitiveKeyJoinsItsAnonymizedParent() throws Exception {
        EntityModel<Object> visits = model(loader, "p.VisitModel");
        Object person = ((Generator<?>) call(loader, "p.PersonFactory", "withSeed", 4L)).at(7);
        Object visit = ((Generator<?>) call(loader, "p.VisitFactory", "withSeed", 4L)).at(3);
        Object personAnonymizer = call(loader, "p.PersonAnonymizer", "with", KEY);
        Object visitAnonymizer = call(loader, "p.VisitAnonymizer", "with", KEY);

        Object after = visitAnonymizer.getClass().getMethod("anonymize", loader.loadClass("p.Visit"))
                .invoke(visitAnonymizer, visit);
        Long personId = (Long) get(visits, visit, "personId");
        Object tokenOfParent = personAnonymizer.getClass().getMethod("id", Long.class)
                .invoke(personAnonymizer, personId);

        assertThat(after).isNotSameAs(visit);
        assertThat(get(visits, after, "personId")).isEqualTo(tokenOfParent).isNotEqualTo(personId);
        assertThat(get(visits, after, "room")).isEqualTo(get(visits, visit, "room"));
        assertThat(get(visits, after, "id")).isEqualTo(get(visits, visit, "id"));
        assertThat(person).isNotNull();
    }

    @Test
    void aStrategyThatCannotFitTheFieldFailsWithoutNamingTheValue() throws Exception {
        Object anonymizer = call(loader, "p.PersonAnonymizer", "with", KEY);
        Method phone = anonymizer.getClass().getMethod("phone", String.class);
        // the original breaks its own pattern, so no format-preserving rewrite of it can meet it
        assertThatThrownBy(() -> invoke(phone, anonymizer, "12-34567"))
                .isInstanceOf(AnonymizationException.class)
                .hasMessageContaining("Person.phone").hasMessageContaining("@Pattern")
                .hasMessageNotContaining("12-34567");
    }

    @Test
    void maskOnANumberIsAnError() {
        JavaFileObject bad = source("p.Bad",
                "package p;",
                "@io.fixtura.annotations.TestEntity",
                "public record Bad(Long id,",
                "    @io.fixtura.annotations.Sensitive(io.fixtura.annotations.Sensitive.Strategy.MASK) int pin) {}");
        CompilationSubject.assertThat(compile(bad)).hadErrorContaining("[FX170]").inFile(bad)
                .onLineContaining("int pin");
    }

    @Test
    void generalizingAUniqueFieldIsAnError() {
        JavaFileObject bad = source("p.Bad",
                "package p;",
                "@io.fixtura.annotations.TestEntity",
                "public record Bad(Long id,",
                "    @io.fixtura.annotations.Unique",
                "    @io.fixtura.annotations.Sensitive(io.fixtura.annotations.Sensitive.Strategy.GENERALIZE) int badge) {}");
        Compilation c = compile(bad);
        CompilationSubject.assertThat(c).hadErrorContaining("[FX171]").inFile(bad).onLineContaining("GENERALIZE");
    }

    @Test
    void aSensitiveMemberOfANestedValueIsAnError() {
        JavaFileObject bad = source("p.Bad",
                "package p;",
                "@io.fixtura.annotations.TestEntity",
                "public record Bad(Long id, Home home) {",
                "    public record Home(String street,",
                "        @io.fixtura.annotations.Sensitive String zip) {}",
                "}");
        CompilationSubject.assertThat(compile(bad)).hadErrorContaining("[FX172]").inFile(bad)
                .onLineContaining("String zip");
    }

    private static Object get(EntityModel<Object> model, Object entity, String field) {
        return model.field(field).get(entity);
    }

    private static Object invoke(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
