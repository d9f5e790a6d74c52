package io.fixtura.runtime;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.util.List;

/**
 * A small hand-made domain for runtime tests, since the runtime cannot use generated code: teams
 * (key, a unique code, a nullable unique email), players (a team, a nullable self-reference to a
 * mentor) and matches (a composite key of player and round, plus round and note unique together),
 * and two entities whose references form a cycle closed by a nullable link. Models and makers are
 * written as the processor would write them, as {@link HandMadeModel}s.
 */
public final class TestDomain {

    private TestDomain() {
    }

    /** A parent: key {@code id}; {@code code} unique and patterned; {@code rating} a NOT NULL column. */
    public record Team(Long id, String code, Integer rating, String motto, String email) {
    }

    /** A child of a team, perhaps mentored by another player. */
    public record Player(Long id, Long teamId, String name, int number, Long mentorId) {
    }

    /** A grandchild with a composite key {@code (playerId, round)}. */
    public record Match(Long playerId, int round, String note) {
    }

    /** One side of a cycle: its link to a book is nullable, so it comes first. */
    public record Author(Long id, Long favoriteBookId) {
    }

    /** The other side: every book has an author. */
    public record Book(Long id, Long authorId) {
    }

    public static final EntityModel<Team> TEAM = new HandMadeModel<>(Team.class, "teams", List.of("id"),
            List.of(
                    FieldModel.<Team>of("id", Long.class, Team::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
                    FieldModel.<Team>of("code", String.class, Team::code).sqlType(SqlType.varchar(8)).notNull()
                            .unique().constraints(Constraint.notNull(), Constraint.size("Size", 0, 8),
                                    Constraint.pattern("Pattern", "[A-Z]{2}[0-9]{4,6}"), Constraint.unique()),
                    FieldModel.<Team>of("rating", Integer.class, Team::rating).sqlType(SqlType.of(JDBCType.INTEGER))
                            .notNull().constraints(
                                    Constraint.number("Min", BigDecimal.ZERO, true, null, false),
                                    Constraint.number("Max", null, false, BigDecimal.valueOf(100), true)),
                    FieldModel.<Team>of("motto", String.class, Team::motto).sqlType(SqlType.varchar(20))
                            .constraints(Constraint.size("Size", 0, 20)),
                    FieldModel.<Team>of("email", String.class, Team::email).sqlType(SqlType.varchar(40)).unique()),
            (ctx, i) -> new Team(i + 1, String.format(java.util.Locale.ROOT, "TM%04d", i),
                    (int) ctx.draw(i, Keys.of("rating")).below(101),
                    nullable(ctx, i, "motto") ? null : "motto " + ctx.draw(i, Keys.of("motto")).below(1000),
                    nullable(ctx, i, "email") ? null : "team" + i + "@example.org"));

    public static final EntityModel<Player> PLAYER = new HandMadeModel<>(Player.class, "players", List.of("id"),
            List.of(
                    FieldModel.<Player>of("id", Long.class, Player::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
                    FieldModel.<Player>of("teamId", Long.class, Player::teamId).column("team_id")
                            .sqlType(SqlType.of(JDBCType.BIGINT)).notNull().constraints(Constraint.notNull())
                            .references(new Reference("teamId", Team.class, "teams", "id")),
                    FieldModel.<Player>of("name", String.class, Player::name).sqlType(SqlType.varchar(12)).notNull()
                            .constraints(Constraint.notBlank(), Constraint.size("Size", 1, 12)),
                    FieldModel.<Player>of("number", int.class, Player::number).sqlType(SqlType.of(JDBCType.INTEGER))
                            .notNull().constraints(Constraint.number("Min", BigDecimal.ONE, true, null, false),
                                    Constraint.number("Max", null, false, BigDecimal.valueOf(99), true)),
                    FieldModel.<Player>of("mentorId", Long.class, Player::mentorId).column("mentor_id")
                            .sqlType(SqlType.of(JDBCType.BIGINT))
                            .references(new Reference("mentorId", Player.class, "players", "id"))),
            (ctx, i) -> new Player(i + 1, parent(ctx, i, "teamId") + 1, "player " + i % 1000,
                    1 + (int) ctx.draw(i, Keys.of("number")).below(99), nullableParent(ctx, i, "mentorId")));

    public static final EntityModel<Match> MATCH = new HandMadeModel<>(Match.class, "matches",
            List.of("playerId", "round"), List.of(List.of("round", "note")),
            List.of(
                    FieldModel.<Match>of("playerId", Long.class, Match::playerId).column("player_id")
                            .sqlType(SqlType.of(JDBCType.BIGINT)).key()
                            .references(new Reference("playerId", Player.class, "players", "id")),
                    FieldModel.<Match>of("round", int.class, Match::round).sqlType(SqlType.of(JDBCType.INTEGER)).key(),
                    FieldModel.<Match>of("note", String.class, Match::note).sqlType(SqlType.varchar(20))),
            (ctx, i) -> new Match(parent(ctx, i, "playerId") + 1, (int) i + 1, "note " + (i % 7)));

    public static final EntityModel<Author> AUTHOR = new HandMadeModel<>(Author.class, "authors", List.of("id"),
            List.of(
                    FieldModel.<Author>of("id", Long.class, Author::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
                    FieldModel.<Author>of("favoriteBookId", Long.class, Author::favoriteBookId)
                            .sqlType(SqlType.of(JDBCType.BIGINT))
                            .references(new Reference("favoriteBookId", Book.class, "books", "id"))),
            (ctx, i) -> new Author(i + 1, nullableParent(ctx, i, "favoriteBookId")));

    public static final EntityModel<Book> BOOK = new HandMadeModel<>(Book.class, "books", List.of("id"),
            List.of(
                    FieldModel.<Book>of("id", Long.class, Book::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
                    FieldModel.<Book>of("authorId", Long.class, Book::authorId).sqlType(SqlType.of(JDBCType.BIGINT))
                            .notNull().references(new Reference("authorId", Author.class, "authors", "id"))),
            (ctx, i) -> new Book(i + 1, parent(ctx, i, "authorId") + 1));

    /** A builder with the team, player and match models registered, a fixed seed and reference time. */
    public static DatasetBuilder builder() {
        return Dataset.builder().seed(42).referenceTime(java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .register(TEAM).register(PLAYER).register(MATCH).register(AUTHOR).register(BOOK);
    }

    /** The parent index reference {@code field} of record {@code index} points at, as the context's links say. */
    private static long parent(GenerationContext ctx, long index, String field) {
        return ctx.parentIndex(ctx.draw(index, Keys.of(field)), Long.MAX_VALUE);
    }

    /** Like {@link #parent}, but null at the null rate; returns the parent's id. */
    private static Long nullableParent(GenerationContext ctx, long index, String field) {
        Draw draw = ctx.draw(index, Keys.of(field));
        return draw.nullable() ? null : ctx.parentIndex(draw, Long.MAX_VALUE) + 1;
    }

    private static boolean nullable(GenerationContext ctx, long index, String field) {
        return ctx.draw(index, Keys.of(field + "?")).nullable();
    }
}
