package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.Pools;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategyFakeTest {

    static final AnonymizationKey KEY = AnonymizationKey.of("first test secret, long enough");
    static final AnonymizationKey OTHER = AnonymizationKey.of("second test secret, long enough");

    @Test
    void sameKeyAndInputGiveTheSameFake() {
        assertThat(Fake.of(KEY, Kind.CITY, "Springfield")).isEqualTo(Fake.of(KEY, Kind.CITY, "Springfield"));
        assertThat(Fake.email(KEY, "alice@corp.example", 0, 254))
                .isEqualTo(Fake.email(AnonymizationKey.of("first test secret, long enough"), "alice@corp.example", 0, 254));
    }

    @Test
    void anotherKeyGivesOtherFakes() {
        int differ = 0;
        for (int i = 0; i < 50; i++) {
            if (!Fake.of(KEY, Kind.FULL_NAME, "person " + i).equals(Fake.of(OTHER, Kind.FULL_NAME, "person " + i))) {
                differ++;
            }
        }
        // pools hold a few hundred names, so an occasional equal pair is chance, not a dependence
        assertThat(differ).isGreaterThan(45);
    }

    @Test
    void fakesComeFromTheLocalesPoolAndSpreadOverIt() {
        List<String> pool = List.of(Pools.of(Locale.US).values(Kind.CITY));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String fake = Fake.of(KEY, Kind.CITY, "city " + i);
            assertThat(pool).contains(fake);
            seen.add(fake);
        }
        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void emailsAreValidAndWithinLengthBounds() {
        Constraint email = Constraint.email();
        for (int[] bounds : new int[][] {{0, 254}, {3, 8}, {20, 24}, {60, 80}}) {
            for (int i = 0; i < 200; i++) {
                String fake = Fake.email(KEY, "user" + i + "@corp.example", bounds[0], bounds[1]);
                assertThat(email.check(fake, null)).as(fake).isNull();
                assertThat(fake.length()).as(fake).isBetween(bounds[0], bounds[1]);
            }
        }
    }

    @Test
    void otherKindsRespectLengthBounds() {
        for (int i = 0; i < 200; i++) {
            String name = Fake.of(KEY, Kind.FULL_NAME, "name " + i, Locale.GERMANY, 4, 10);
            assertThat(name.length()).as(name).isBetween(4, 10);
            assertThat(name).isNotBlank();
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(Fake.of(KEY, Kind.CITY, null)).isNull();
        assertThat(FakeUnique.email(KEY, null, 0, 100)).isNull();
    }

    @Test
    void uniqueFakesCarryAKeyedTokenAndStayValid() {
        Constraint email = Constraint.email();
        String fake = FakeUnique.email(KEY, "alice@corp.example", 0, 254);
        assertThat(fake).isEqualTo(FakeUnique.email(KEY, "alice@corp.example", 0, 254))
                .isNotEqualTo(FakeUnique.email(OTHER, "alice@corp.example", 0, 254))
                .contains(FakeUnique.token(KEY, Kind.EMAIL, "alice@corp.example") + "@");
        for (int i = 0; i < 200; i++) {
            String tight = FakeUnique.email(KEY, "u" + i, 19, 24);
            assertThat(email.check(tight, null)).as(tight).isNull();
            assertThat(tight.length()).as(tight).isBetween(19, 24);
            String name = FakeUnique.of(KEY, Kind.FULL_NAME, "n" + i, Locale.US, 0, 30);
            assertThat(name.length()).as(name).isBetween(15, 30);
        }
    }

    @Test
    void uniqueFakesNeedRoomForTheirToken() {
        assertThatThrownBy(() -> FakeUnique.email(KEY, "a@b.c", 0, 15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOKENIZE");
    }
}
