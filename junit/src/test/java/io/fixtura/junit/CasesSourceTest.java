package io.fixtura.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Invalid;
import io.fixtura.runtime.cases.EdgeCases;
import io.fixtura.runtime.cases.InvalidCases;
import io.fixtura.runtime.generate.Defaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The sources give edge and invalid cases of the test's seed, named after their edges and violations. */
class CasesSourceTest {

    static final List<Object> ARGUMENTS = new CopyOnWriteArrayList<>();
    static final Map<String, Long> SEEDS = new ConcurrentHashMap<>();
    static final List<Team> TEAMS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forget() {
        ARGUMENTS.clear();
        SEEDS.clear();
        TEAMS.clear();
    }

    static class EdgeSample {
        @ParameterizedTest
        @EdgeCasesSource(Member.class)
        void edges(Member member, Team team) {
            SEEDS.put("edges", Defaults.seed());
            ARGUMENTS.add(member);
            TEAMS.add(team);
        }
    }

    static class InvalidSample {
        @ParameterizedTest
        @InvalidCasesSource(Member.class)
        void invalid(Invalid<Member> invalid) {
            SEEDS.put("invalid", Defaults.seed());
            ARGUMENTS.add(invalid);
        }
    }

    static class InvalidInstanceSample {
        @ParameterizedTest
        @FixturaSeed(99)
        @InvalidCasesSource(Member.class)
        void invalidInstance(Member member) {
            ARGUMENTS.add(member);
        }
    }

    static class NoModelSample {
        @ParameterizedTest
        @EdgeCasesSource(String.class)
        void noModel(String value) {
            ARGUMENTS.add(value);
        }
    }

    @Test
    void edgeCasesComeFromTheTestsSeedNamedAfterTheirEdges() {
        EngineExecutionResults results = TestKit.run(EdgeSample.class);

        results.testEvents().assertStatistics(s -> s.failed(0));
        long seed = SEEDS.get("edges");
        List<EdgeCases.Case<Member>> expected = EdgeCases.of(MemberModel.INSTANCE.maker(),
                EntityModels.context(MemberModel.INSTANCE.maker(), seed, Defaults.referenceTime()), null);
        assertThat(ARGUMENTS).isEqualTo(expected.stream().map(EdgeCases.Case::value).toList());
        List<String> names = new ArrayList<>();
        for (int j = 0; j < expected.size(); j++) {
            names.add("[" + (j + 1) + "] edge case " + (j + 1) + ": " + String.join(", ", expected.get(j).edges()));
        }
        assertThat(TestKit.testNames(results)).isEqualTo(names);
        assertThat(names).anySatisfy(name -> assertThat(name).contains("age: max = 99", "email: "));
    }

    @Test
    void aParameterAfterTheSourcesArgumentIsInjectedAsOneRecordPerInvocation() {
        TestKit.run(EdgeSample.class);

        assertThat(TEAMS).hasSizeGreaterThan(1).allSatisfy(team ->
                assertThat(TeamModel.INSTANCE.validate(team)).isEmpty());
        assertThat(TEAMS).as("invocations share their method's seed").containsOnly(TEAMS.get(0));
    }

    @Test
    void invalidCasesComeFromTheTestsSeedNamedAfterTheirViolation() {
        EngineExecutionResults results = TestKit.run(InvalidSample.class);

        results.testEvents().assertStatistics(s -> s.failed(0));
        List<Invalid<Member>> expected = InvalidCases.of(MemberModel.INSTANCE.maker(), MemberModel.INSTANCE,
                EntityModels.context(MemberModel.INSTANCE.maker(), SEEDS.get("invalid"), Defaults.referenceTime()));
        assertThat(ARGUMENTS).isEqualTo(expected);
        assertThat(TestKit.testNames(results)).contains("[3] email breaks @Email: \"not-an-email\"")
                .anySatisfy(name -> assertThat(name).contains("age breaks @Range: "))
                .anySatisfy(name -> assertThat(name).contains("nickname breaks @Size: 21 characters"));
    }

    @Test
    void anEntityParameterGetsTheInvalidInstanceItself() {
        TestKit.run(InvalidInstanceSample.class).testEvents().assertStatistics(s -> s.failed(0));

        List<Invalid<Member>> expected = InvalidCases.of(MemberModel.INSTANCE.maker(), MemberModel.INSTANCE,
                EntityModels.context(MemberModel.INSTANCE.maker(), 99, Defaults.referenceTime()));
        assertThat(ARGUMENTS).isEqualTo(expected.stream().map(Invalid::value).toList());
    }

    @Test
    void aClassWithoutAModelIsAConfigurationErrorThatSaysWhatToDo() {
        EngineExecutionResults results = TestKit.run(NoModelSample.class);

        assertThat(ARGUMENTS).isEmpty();
        assertThat(results.containerEvents().failed().list()).singleElement().satisfies(event ->
                assertThat(event.getPayload(TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow())
                        .hasMessageContaining("@EdgeCasesSource: no Fixtura model for java.lang.String")
                        .hasMessageContaining("META-INF/services/io.fixtura.runtime.EntityModel"));
    }
}
