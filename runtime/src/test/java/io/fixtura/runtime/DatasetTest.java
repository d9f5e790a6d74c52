package io.fixtura.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.TestDomain.Author;
import io.fixtura.runtime.TestDomain.Book;
import io.fixtura.runtime.TestDomain.Match;
import io.fixtura.runtime.TestDomain.Player;
import io.fixtura.runtime.TestDomain.Team;
import io.fixtura.runtime.dataset.EntityRows;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void entitiesComeAfterWhatTheyReference() {
        Dataset ds = TestDomain.builder().count(Match.class, 30).count(Player.class, 20).count(Team.class, 5).build();

        assertThat(ds.entities()).isEqualTo(List.of(Team.class, Player.class, Match.class));
        assertThat(ds.rows().stream().map(r -> (Object) r.model().type())).containsExactly(Team.class, Player.class,
                Match.class);
        assertThat(ds.rows()).extracting(EntityRows::count).containsExactly(5L, 20L, 30L);
    }

    @Test
    void selfReferencesAreDeferredAndPointWithinTheEntity() {
        Dataset ds = TestDomain.builder().nullRate(0.2).count(Team.class, 5).count(Player.class, 200).build();

        assertThat(rows(ds, Player.class).deferredFields()).containsExactly("mentorId");
        assertThat(rows(ds, Team.class).deferredFields()).isEmpty();
        List<Player> players = ds.all(Player.class);
        assertThat(players).extracting(Player::mentorId).containsNull()
                .filteredOn(id -> id != null).allMatch(id -> id >= 1 && id <= 200);
        assertThat(players).extracting(Player::teamId).allMatch(id -> id >= 1 && id <= 5);
    }

    @Test
    void aNullableLinkClosingACycleIsDeferred() {
        Dataset ds = TestDomain.builder().nullRate(0.3).count(Book.class, 40).count(Author.class, 10).build();

        assertThat(ds.entities()).isEqualTo(List.of(Author.class, Book.class));
        assertThat(rows(ds, Author.class).deferredFields()).containsExactly("favoriteBookId");
        assertThat(rows(ds, Book.class).deferredFields()).isEmpty();
        assertThat(ds.all(Author.class)).extracting(Author::favoriteBookId).containsNull()
                .filteredOn(id -> id != null).allMatch(id -> id >= 1 && id <= 40);
        assertThat(ds.all(Book.class)).extracting(Book::authorId).allMatch(id -> id >= 1 && id <= 10);
        assertThat(ds.validate().isValid()).as(ds.validate().toString()).isTrue();
    }

    @Test
    void aReferenceToAnEntityWithoutACountNamesBoth() {
        assertThatThrownBy(() -> TestDomain.builder().count(Player.class, 10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Player.teamId").hasMessageContaining("Team");
    }

    @Test
    void perParentGivesEachParentMinToMaxChildrenAndSetsTheChildCount() {
        Dataset ds = TestDomain.builder().count(Team.class, 60).perParent(Player.class, "teamId", 2, 5).build();

        Map<Long, Long> perTeam = childrenPerParent(ds.all(Player.class), Player::teamId);
        assertThat(perTeam.keySet()).hasSize(60);
        assertThat(perTeam.values()).allMatch(n -> n >= 2 && n <= 5);
        assertThat(perTeam.values()).as("the counts vary").contains(2L, 5L);
        assertThat(ds.count(Player.class)).isEqualTo(perTeam.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void perParentMayLeaveParentsWithoutChildren() {
        Dataset ds = TestDomain.builder().count(Team.class, 200).perParent(Player.class, "teamId", 0, 3).build();

        Map<Long, Long> perTeam = childrenPerParent(ds.all(Player.class), Player::teamId);
        assertThat(perTeam.values()).allMatch(n -> n >= 1 && n <= 3);
        assertThat(perTeam.keySet()).hasSizeLessThan(200).allMatch(id -> id >= 1 && id <= 200);
        assertThat(ds.count(Player.class)).isEqualTo(ds.all(Player.class).size());
    }

    @Test
    void perParentAndACountOfTheSameChildIsAnError() {
        assertThatThrownBy(() -> TestDomain.builder().count(Team.class, 5).count(Player.class, 10)
                .perParent(Player.class, "teamId", 1, 2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Player")
                .hasMessageContaining("teamId");
    }

    @Test
    void perParentAndGivenRecordsOfTheSameChildIsAnError() {
        List<Player> players = List.of(new Player(1L, 1L, "a", 1, null));
        assertThatThrownBy(() -> TestDomain.builder().count(Team.class, 5).records(Player.class, players)
                .perParent(Player.class, "teamId", 1, 2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Player")
                .hasMessageContaining("given records");
    }

    @Test
    void perParentOnASelfReferenceIsAnError() {
        assertThatThrownBy(() -> TestDomain.builder().count(Team.class, 5).perParent(Player.class, "teamId", 1, 2)
                .perParent(Player.class, "mentorId", 1, 2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Player.mentorId");
    }

    @Test
    void everyParentHasChildCoversEveryParent() {
        Dataset ds = TestDomain.builder().count(Team.class, 300).count(Player.class, 310)
                .everyParentHasChild(Player.class, "teamId").build();

        assertThat(childrenPerParent(ds.all(Player.class), Player::teamId)).hasSize(300);
        assertThat(ds.validate().isValid()).isTrue();
    }

    @Test
    void everyParentHasChildNeedsEnoughChildren() {
        assertThatThrownBy(() -> TestDomain.builder().count(Team.class, 30).count(Player.class, 10)
                .everyParentHasChild(Player.class, "teamId").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30").hasMessageContaining("10");
    }

    @Test
    void anyIndexRangeStreamedAloneEqualsTheSameRangeOfTheFullStream() {
        Dataset full = TestDomain.builder().count(Team.class, 50).perParent(Player.class, "teamId", 0, 6)
                .count(Match.class, 400).build();
        List<Player> players = full.all(Player.class);
        List<Match> matches = full.all(Match.class);
        long n = players.size();

        Dataset other = TestDomain.builder().count(Team.class, 50).perParent(Player.class, "teamId", 0, 6)
                .count(Match.class, 400).build();
        for (long[] range : new long[][] {{0, n}, {0, 1}, {17, 93}, {n - 5, n}, {n / 2, n / 2}}) {
            assertThat(other.stream(Player.class, range[0], range[1]).toList())
                    .as("players %d..%d", range[0], range[1])
                    .isEqualTo(players.subList((int) range[0], (int) range[1]));
        }
        assertThat(other.stream(Match.class, 123, 321).toList()).isEqualTo(matches.subList(123, 321));
        assertThat(full.stream(Match.class, 399, 400).toList()).containsExactly(matches.get(399));
    }

    @Test
    void shardsOfACoveringReferenceMatchTheFullStream() {
        Dataset ds = TestDomain.builder().count(Team.class, 100).count(Player.class, 150)
                .everyParentHasChild(Player.class, "teamId").build();
        List<Player> all = ds.all(Player.class);

        assertThat(ds.stream(Player.class, 90, 120).toList()).isEqualTo(all.subList(90, 120));
    }

    @Test
    void aRangeOutsideTheEntityIsAnError() {
        Dataset ds = TestDomain.builder().count(Team.class, 10).build();

        assertThatThrownBy(() -> ds.stream(Team.class, 5, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Team");
    }

    @Test
    void theSameSeedGivesTheSameDataset() {
        Function<Long, Dataset> build = seed -> TestDomain.builder().seed(seed).count(Team.class, 20)
                .perParent(Player.class, "teamId", 1, 4).count(Match.class, 100).build();
        Dataset a = build.apply(7L);
        Dataset b = build.apply(7L);
        Dataset c = build.apply(8L);

        for (Class<?> type : List.of(Team.class, Player.class, Match.class)) {
            assertThat(b.all(type)).as(type.getSimpleName()).isEqualTo(a.all(type));
        }
        assertThat(c.all(Match.class)).isNotEqualTo(a.all(Match.class));
    }

    @Test
    void givenRecordsAreTakenAsTheyAre() {
        List<Team> teams = List.of(new Team(1L, "AB1234", 5, null, null), new Team(2L, "AB1235", 6, "go", null));
        Dataset ds = TestDomain.builder().records(Team.class, teams).count(Player.class, 30).build();

        assertThat(ds.all(Team.class)).isEqualTo(teams);
        assertThat(ds.all(Player.class)).extracting(Player::teamId).containsOnly(1L, 2L);
    }

    private static <T> Map<Long, Long> childrenPerParent(List<T> children, Function<T, Long> parent) {
        return children.stream().collect(Collectors.groupingBy(parent, TreeMap::new, Collectors.counting()));
    }

    @SuppressWarnings("unchecked")
    private static <T> EntityRows<T> rows(Dataset ds, Class<T> type) {
        return (EntityRows<T>) ds.rows().stream().filter(r -> r.model().type() == type).findFirst().orElseThrow();
    }

}
