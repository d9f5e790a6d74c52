package io.fixtura.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Generator;
import io.fixtura.runtime.generate.Defaults;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each test gets its own seed, stable for a test id within a run; {@code @FixturaSeed} and {@code -Dfixtura.seed} fix it. */
class SeedTest {

    /** What the sample tests saw: test name → the seed factories used inside it. */
    static final Map<String, Long> SEEDS = new ConcurrentHashMap<>();
    static final Map<String, Member> MEMBERS = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEDS.clear();
        MEMBERS.clear();
    }

    @Fixtura
    static class PerTestSample {
        @Test
        void first() {
            SEEDS.put("first", Defaults.seed());
            MEMBERS.put("first", Generator.of(MemberModel.INSTANCE.maker()).at(0));
        }

        @Test
        void second() {
            SEEDS.put("second", Defaults.seed());
            MEMBERS.put("second", Generator.of(MemberModel.INSTANCE.maker()).at(0));
        }
    }

    @FixturaSeed(7)
    static class FixedSample {
        @Test
        @FixturaSeed(42)
        void onMethod() {
            SEEDS.put("onMethod", Defaults.seed());
        }

        @Test
        void fromClass() {
            SEEDS.put("fromClass", Defaults.seed());
        }

        @Nested
        class Inner {
            @Test
            void fromOuterClass() {
                SEEDS.put("fromOuterClass", Defaults.seed());
            }
        }
    }

    @Test
    void eachTestHasItsOwnSeedAndFactoriesUseIt() {
        Long outside = Defaults.seedIsFixed() ? null : Defaults.seed();

        TestKit.run(PerTestSample.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(SEEDS.get("first")).isNotEqualTo(SEEDS.get("second"));
        assertThat(MEMBERS.get("first")).isNotEqualTo(MEMBERS.get("second"));
        assertThat(MEMBERS.get("first")).isEqualTo(Generator.of(MemberModel.INSTANCE.maker(), SEEDS.get("first"),
                Defaults.locale()).at(0));
        if (outside != null) {
            assertThat(Defaults.seed()).as("the seed is cleared after each test").isEqualTo(outside);
        }
    }

    @Test
    void aTestsSeedComesFromTheRunSeedAndItsIdAndIsStableWithinTheRun() {
        TestKit.run(PerTestSample.class);
        Map<String, Long> firstRun = Map.copyOf(SEEDS);
        Map<String, Member> firstMembers = Map.copyOf(MEMBERS);
        SEEDS.clear();
        MEMBERS.clear();

        TestKit.run(PerTestSample.class);

        assertThat(SEEDS).isEqualTo(firstRun);
        assertThat(MEMBERS).isEqualTo(firstMembers);
        assertThat(firstRun.get("first")).isEqualTo(TestSeeds.derive(TestSeeds.runSeed(),
                "[class:io.fixtura.junit.SeedTest$PerTestSample]/[method:first()]"));
    }

    @Test
    void fixturaSeedFixesTheSeedOfAMethodOrAClassAndItsNestedClasses() {
        TestKit.run(FixedSample.class).testEvents().assertStatistics(s -> s.succeeded(3));

        assertThat(SEEDS).containsExactlyInAnyOrderEntriesOf(Map.of("onMethod", 42L, "fromClass", 7L,
                "fromOuterClass", 7L));
    }

    @Test
    void aFixedSeedPropertyIsUsedByEveryTestEvenOverFixturaSeed() {
        String before = System.getProperty("fixtura.seed");

        TestKit.runWith(Map.of("fixtura.seed", "123456789"), PerTestSample.class);
        TestKit.runWith(Map.of("fixtura.seed", "123456789"), FixedSample.class);

        assertThat(SEEDS).hasSize(5).allSatisfy((test, seed) -> assertThat(seed).as(test).isEqualTo(123456789L));
        assertThat(MEMBERS.get("first")).isEqualTo(MEMBERS.get("second"));
        assertThat(System.getProperty("fixtura.seed")).isEqualTo(before);
    }
}
