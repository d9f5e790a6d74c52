package io.fixtura.runtime.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetViolation;
import io.fixtura.runtime.TestDomain;
import io.fixtura.runtime.TestDomain.Match;
import io.fixtura.runtime.TestDomain.Player;
import io.fixtura.runtime.TestDomain.Team;
import io.fixtura.runtime.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static Dataset generated() {
        return TestDomain.builder().nullRate(0.2).count(Team.class, 40).perParent(Player.class, "teamId", 1, 6)
                .count(Match.class, 500).build();
    }

    @Test
    void aGeneratedDatasetIsValid() {
        Dataset ds = generated();

        ValidationReport report = ds.validate();

        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(report.violations()).isEmpty();
        assertThat(report.counts()).isEmpty();
        assertThat(report.checked()).containsExactly(Map.entry("Team", 40L),
                Map.entry("Player", ds.count(Player.class)), Map.entry("Match", 500L));
        assertThat(report.toString()).startsWith("valid: checked");
    }

    @Test
    void eachCorruptionIsReportedWithEntityIndexFieldAndValue() {
        Dataset clean = generated();
        List<Team> teams = new ArrayList<>(clean.all(Team.class));
        List<Player> players = new ArrayList<>(clean.all(Player.class));
        List<Match> matches = new ArrayList<>(clean.all(Match.class));
        String motto = "a motto far too long for twenty";
        teams.set(3, withRating(teams.get(3), null));                           // NOT NULL column
        teams.set(5, withRating(teams.get(5), 150));                            // above @Max
        teams.set(6, withRating(teams.get(6), -1));                             // below @Min
        teams.set(7, new Team(8L, teams.get(7).code(), 1, motto, null));        // too long
        teams.set(9, withCode(teams.get(9), "tm12"));                           // pattern
        teams.set(11, withCode(teams.get(11), teams.get(2).code()));            // duplicate unique value
        teams.set(12, new Team(13L, teams.get(12).code(), 2, null, null));      // nulls in unique email: fine
        teams.set(13, new Team(14L, teams.get(13).code(), 2, null, null));
        teams.add(new Team(1L, "ZZ9999", 50, null, null));                      // duplicate key of record 0
        Player p6 = players.get(6);
        players.set(6, new Player(p6.id(), 999_999L, p6.name(), p6.number(), p6.mentorId()));    // dangling FK
        Player p8 = players.get(8);
        players.set(8, new Player(p8.id(), p8.teamId(), p8.name(), p8.number(), 777_777L));      // dangling self FK
        Match m4 = matches.get(4);
        matches.add(new Match(m4.playerId(), m4.round(), "other note"));        // duplicate composite key
        Match m3 = matches.get(3);
        long otherPlayer = m3.playerId() == 1 ? 2 : 1;
        matches.set(10, new Match(otherPlayer, m3.round(), m3.note()));         // (round, note) unique together
        Dataset corrupted = TestDomain.builder().records(Team.class, teams).records(Player.class, players)
                .records(Match.class, matches).build();

        ValidationReport report = corrupted.validate();

        assertThat(report.isValid()).isFalse();
        assertThat(report.violations())
                .extracting(DatasetViolation::entity, DatasetViolation::index, DatasetViolation::field,
                        DatasetViolation::constraint, DatasetViolation::value)
                .containsExactly(
                        tuple("Team", 3L, "rating", "NotNull", null),
                        tuple("Team", 5L, "rating", "Max", 150),
                        tuple("Team", 6L, "rating", "Min", -1),
                        tuple("Team", 7L, "motto", "Size", motto),
                        tuple("Team", 9L, "code", "Pattern", "tm12"),
                        tuple("Team", 11L, "code", "Unique", teams.get(2).code()),
                        tuple("Team", 40L, "id", "PrimaryKey", 1L),
                        tuple("Player", 6L, "teamId", "ForeignKey", 999_999L),
                        tuple("Player", 8L, "mentorId", "ForeignKey", 777_777L),
                        tuple("Match", 10L, "(round, note)", "Unique", List.of(m3.round(), m3.note())),
                        tuple("Match", 500L, "(playerId, round)", "PrimaryKey", List.of(m4.playerId(), m4.round())));
        assertThat(report.counts()).extracting(ValidationReport.Count::records).containsOnly(1L);
        assertThat(report.total()).isEqualTo(11);
        assertThat(report.count("Team", "rating", "Max")).isEqualTo(1);
        assertThat(report.count("Player", "teamId", "ForeignKey")).isEqualTo(1);
        assertThat(report.count("Player", "teamId", "NotNull")).isZero();
        assertThat(report.violations()).filteredOn(v -> v.constraint().equals("Unique") && v.entity().equals("Team"))
                .singleElement().extracting(DatasetViolation::message).asString().contains("record 2");
        assertThat(report.violations()).filteredOn(v -> v.constraint().equals("PrimaryKey") && v.index() == 40)
                .singleElement().extracting(DatasetViolation::message).asString().contains("record 0");
        assertThat(report.toString())
                .contains("invalid: checked", "11 violations", "Team.rating @Max: 1 record", "first offending records:",
                        "Player[6].teamId references no Team with id = 999999 (@ForeignKey, value 999999)");
    }

    @Test
    void countsAreCompleteWhileListedOffendersAreCapped() {
        List<Team> teams = new ArrayList<>();
        for (long i = 0; i < 250; i++) {
            teams.add(new Team(i + 1, "TM0001", 500, null, null));
        }
        Dataset ds = TestDomain.builder().records(Team.class, teams).build();

        ValidationReport report = ds.validate();

        assertThat(report.count("Team", "code", "Unique")).isEqualTo(249);
        assertThat(report.count("Team", "rating", "Max")).isEqualTo(250);
        assertThat(report.violations()).filteredOn(v -> v.constraint().equals("Unique"))
                .hasSize(DatasetValidator.EXAMPLES_PER_CONSTRAINT)
                .extracting(DatasetViolation::index).startsWith(1L, 2L, 3L);
        assertThat(report.violations()).filteredOn(v -> v.constraint().equals("Max"))
                .hasSize(DatasetValidator.EXAMPLES_PER_CONSTRAINT);
    }

    @Test
    void aNullInANotNullColumnWithoutANotNullConstraintIsReportedOnce() {
        Dataset clean = generated();
        List<Player> players = new ArrayList<>(clean.all(Player.class));
        Player p = players.get(2);
        players.set(2, new Player(p.id(), null, null, p.number(), p.mentorId()));
        Dataset ds = TestDomain.builder().records(Team.class, clean.all(Team.class)).records(Player.class, players)
                .build();

        ValidationReport report = ds.validate();

        // teamId has @NotNull (reported once, by the constraint); name has @NotBlank and a NOT NULL column
        assertThat(report.counts()).extracting(c -> c.field() + " @" + c.constraint() + " " + c.records())
                .containsExactly("teamId @NotNull 1", "name @NotBlank 1", "name @NotNull 1");
    }

    @Test
    void foreignKeysIntoRecordsFurtherOnAreChecked() {
        Dataset ds = TestDomain.builder().nullRate(0.3).count(TestDomain.Author.class, 30)
                .count(TestDomain.Book.class, 60).build();
        List<TestDomain.Author> authors = new ArrayList<>(ds.all(TestDomain.Author.class));
        authors.set(0, new TestDomain.Author(1L, 61L));
        Dataset corrupted = TestDomain.builder().records(TestDomain.Author.class, authors)
                .records(TestDomain.Book.class, ds.all(TestDomain.Book.class)).build();

        assertThat(ds.validate().isValid()).isTrue();
        assertThat(corrupted.validate().violations()).extracting(DatasetViolation::toString)
                .containsExactly("Author[0].favoriteBookId references no Book with id = 61 (@ForeignKey, value 61)");
    }

    @Test
    void validatingTwiceGivesTheSameReport() {
        Dataset ds = generated();

        assertThat(DatasetValidator.validate(ds.rows(), ds.referenceTime())).isEqualTo(ds.validate());
    }

    private static Team withRating(Team t, Integer rating) {
        return new Team(t.id(), t.code(), rating, t.motto(), t.email());
    }

    private static Team withCode(Team t, String code) {
        return new Team(t.id(), code, t.rating(), t.motto(), t.email());
    }
}
