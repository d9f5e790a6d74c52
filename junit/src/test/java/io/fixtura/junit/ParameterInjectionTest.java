package io.fixtura.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Generator;
import io.fixtura.runtime.generate.Defaults;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parameters of entity types get generated records of the test's seed: 0, 1, 2, … per type. */
class ParameterInjectionTest {

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @ExtendWith(FixturaExtension.class)
    static class InjectionSample {
        @BeforeEach
        void setUp(Member host) {
            SEEN.put("host", host);
        }

        @Test
        void twoMembersAndATeam(Member a, Member b, Team team) {
            SEEN.put("seed", Defaults.seed());
            SEEN.put("a", a);
            SEEN.put("b", b);
            SEEN.put("team", team);
        }
    }

    @Test
    void entitiesAreRecordsOfTheTestsSeedCountedPerTypeAcrossTheTestsMethods() {
        TestKit.run(InjectionSample.class).testEvents().assertStatistics(s -> s.succeeded(1));

        long seed = (Long) SEEN.get("seed");
        List<Member> members = Generator.of(MemberModel.INSTANCE.maker(), seed, Defaults.locale()).list(3);
        assertThat(List.of(SEEN.get("host"), SEEN.get("a"), SEEN.get("b"))).isEqualTo(members);
        assertThat(SEEN.get("team")).isEqualTo(Generator.of(TeamModel.INSTANCE.maker(), seed, Defaults.locale()).at(0));
    }

    @Test
    void injectedEntitiesAreValidAndTheSameOnARerunOfTheTest() {
        TestKit.run(InjectionSample.class);
        Map<String, Object> first = Map.copyOf(SEEN);
        SEEN.clear();

        TestKit.run(InjectionSample.class);

        assertThat(SEEN).isEqualTo(first);
        assertThat(MemberModel.INSTANCE.validate((Member) first.get("a"))).isEmpty();
        assertThat(first.get("a")).isNotEqualTo(first.get("b"));
    }
}
