package io.fixtura.runtime.sql;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetBuilder;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.TimeBound;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The SQL tests' domain: authors (a self-reference), books with edge-case titles, teams and members
 * (a nullable link closing a cycle), and two tables named by SQL keywords ({@code user}, {@code order}).
 */
final class Library {

    /** Strings that break naive quoting: each must come back from the database unchanged. */
    static final List<String> EDGE_STRINGS = List.of(
            "O'Brien", "''", "back\\slash", "\\", "ends with backslash\\", "new\nline", "tab\there",
            "carriage\r\nreturn", "emoji 😀🎉👩‍👩‍👧", "CJK 漢字テスト", "RTL עברית العربية",
            "'; DROP TABLE books; --", "\"double\" quotes", "percent % underscore _", "", "  spaces  ",
            "comma, semicolon; colon:", "\\x00 not bytes", "U&'\\0041'", "$$dollar$$", "E'\\n'",
            "line\u2028separator", "del\u007Fchar", "bell\u0007", "\\.", "NULL", "null");

    enum Genre { NOVEL, POETRY, ESSAY }

    record Author(Long id, String name, String email, int age, Genre genre, Instant joined, BigDecimal rating,
            UUID token, LocalDate born, byte[] avatar, List<String> tags, Long mentorId) {
    }

    record Book(Long id, Long authorId, String title, double price, LocalDateTime published, boolean active) {
    }

    record Team(Long id, String name, Long leaderId) {
    }

    record Member(Long id, Long teamId, String name) {
    }

    record Account(Long id, String order) {
    }

    record Purchase(Long id, Long user, int value) {
    }

    static final SqlModel<Author> AUTHORS = new SqlModel<>(Author.class, "authors", List.of("id"), List.of(
            FieldModel.<Author>of("id", Long.class, Author::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Author>of("name", String.class, Author::name).sqlType(SqlType.varchar(200)).notNull()
                    .constraints(Constraint.notBlank(), Constraint.size("Size", 1, 200)),
            FieldModel.<Author>of("email", String.class, Author::email).sqlType(SqlType.varchar(120)).notNull()
                    .unique(),
            FieldModel.<Author>of("age", int.class, Author::age).sqlType(SqlType.of(JDBCType.INTEGER)).notNull()
                    .constraints(Constraint.number("Range", new BigDecimal("18"), true, new BigDecimal("99"), true)),
            FieldModel.<Author>of("genre", Genre.class, Author::genre).sqlType(SqlType.varchar(6)).notNull(),
            FieldModel.<Author>of("joined", Instant.class, Author::joined).column("joined_at")
                    .sqlType(SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)).notNull()
                    .constraints(Constraint.time("Range", TimeBound.at(Instant.parse("2000-01-01T00:00:00Z")),
                            TimeBound.now(0, ChronoUnit.SECONDS))),
            FieldModel.<Author>of("rating", BigDecimal.class, Author::rating).sqlType(SqlType.decimal(3, 2))
                    .constraints(Constraint.number("DecimalMin", BigDecimal.ZERO, false, new BigDecimal("5"), true)),
            FieldModel.<Author>of("token", UUID.class, Author::token).sqlType(SqlType.uuid()).notNull().unique(),
            FieldModel.<Author>of("born", LocalDate.class, Author::born).sqlType(SqlType.of(JDBCType.DATE)),
            FieldModel.<Author>of("avatar", byte[].class, Author::avatar).sqlType(SqlType.varbinary(16)),
            FieldModel.<Author>of("tags", List.class, Author::tags).sqlType(SqlType.json()).notNull(),
            FieldModel.<Author>of("mentorId", Long.class, Author::mentorId).column("mentor_id")
                    .sqlType(SqlType.of(JDBCType.BIGINT))
                    .references(new Reference("mentorId", Author.class, "authors", "id"))),
            Library::author);

    static final SqlModel<Book> BOOKS = new SqlModel<>(Book.class, "books", List.of("id"), List.of(
            FieldModel.<Book>of("id", Long.class, Book::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Book>of("authorId", Long.class, Book::authorId).column("author_id")
                    .sqlType(SqlType.of(JDBCType.BIGINT)).notNull()
                    .references(new Reference("authorId", Author.class, "authors", "id")),
            FieldModel.<Book>of("title", String.class, Book::title).sqlType(SqlType.varchar(300)),
            FieldModel.<Book>of("price", double.class, Book::price).sqlType(SqlType.of(JDBCType.DOUBLE)).notNull()
                    .constraints(Constraint.number("Positive", BigDecimal.ZERO, false, null, false)),
            FieldModel.<Book>of("published", LocalDateTime.class, Book::published)
                    .sqlType(SqlType.of(JDBCType.TIMESTAMP)),
            FieldModel.<Book>of("active", boolean.class, Book::active).sqlType(SqlType.of(JDBCType.BOOLEAN))
                    .notNull()),
            Library::book);

    static final SqlModel<Team> TEAMS = new SqlModel<>(Team.class, "teams", List.of("id"), List.of(
            FieldModel.<Team>of("id", Long.class, Team::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Team>of("name", String.class, Team::name).sqlType(SqlType.varchar(40)).notNull(),
            FieldModel.<Team>of("leaderId", Long.class, Team::leaderId).column("leader_id")
                    .sqlType(SqlType.of(JDBCType.BIGINT))
                    .references(new Reference("leaderId", Member.class, "members", "id"))),
            (c, i) -> new Team(i + 1, "team " + i, c.draw(i, Keys.of("leaderId")).nullable() ? null
                    : parent(c, i, "leaderId")));

    static final SqlModel<Member> MEMBERS = new SqlModel<>(Member.class, "members", List.of("id"), List.of(
            FieldModel.<Member>of("id", Long.class, Member::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Member>of("teamId", Long.class, Member::teamId).column("team_id")
                    .sqlType(SqlType.of(JDBCType.BIGINT)).notNull()
                    .references(new Reference("teamId", Team.class, "teams", "id")),
            FieldModel.<Member>of("name", String.class, Member::name).sqlType(SqlType.varchar(40)).notNull()),
            (c, i) -> new Member(i + 1, parent(c, i, "teamId"), "member " + i));

    static final SqlModel<Account> ACCOUNTS = new SqlModel<>(Account.class, "user", List.of("id"), List.of(
            FieldModel.<Account>of("id", Long.class, Account::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Account>of("order", String.class, Account::order).sqlType(SqlType.varchar(20)).notNull()),
            (c, i) -> new Account(i + 1, "order " + i));

    static final SqlModel<Purchase> PURCHASES = new SqlModel<>(Purchase.class, "order", List.of("id"), List.of(
            FieldModel.<Purchase>of("id", Long.class, Purchase::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Purchase>of("user", Long.class, Purchase::user).sqlType(SqlType.of(JDBCType.BIGINT))
                    .notNull().references(new Reference("user", Account.class, "user", "id")),
            FieldModel.<Purchase>of("value", int.class, Purchase::value).sqlType(SqlType.of(JDBCType.INTEGER))
                    .notNull().constraints(Constraint.number("Min", BigDecimal.ONE, true, null, false))),
            (c, i) -> new Purchase(i + 1, parent(c, i, "user"), (int) (i % 7) + 1));

    private Library() {
    }

    /** A dataset of every entity above, with the given author and book counts. */
    static DatasetBuilder dataset(long authors, long books) {
        return Dataset.builder().seed(7).referenceTime(Instant.parse("2025-06-01T00:00:00Z"))
                .register(AUTHORS).register(BOOKS).register(TEAMS).register(MEMBERS).register(ACCOUNTS)
                .register(PURCHASES)
                .count(Author.class, authors).count(Book.class, books).count(Team.class, 12)
                .count(Member.class, 40).count(Account.class, 5).count(Purchase.class, 20);
    }

    static Author author(GenerationContext c, long i) {
        Draw d = c.draw(i, Keys.of("misc"));
        Long mentor = c.draw(i, Keys.of("mentorId")).nullable() ? null : parent(c, i, "mentorId");
        return new Author(i + 1, "author " + i + " " + EDGE_STRINGS.get((int) (i % EDGE_STRINGS.size())),
                "author" + i + "@example.org", 18 + (int) d.below(82), Genre.values()[(int) (i % 3)],
                Instant.parse("2001-01-01T00:00:00Z").plusSeconds(d.below(700_000_000L)),
                i % 4 == 0 ? null : new BigDecimal(d.between(1, 500)).movePointLeft(2),
                new UUID(d.nextLong(), d.nextLong()), i % 5 == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(i),
                i % 3 == 0 ? null : new byte[] {0, (byte) i, (byte) 0xFF, '\'', '\\', '\n'},
                List.of("tag " + i, EDGE_STRINGS.get((int) ((i + 3) % EDGE_STRINGS.size()))), mentor);
    }

    static Book book(GenerationContext c, long i) {
        Draw d = c.draw(i, Keys.of("misc"));
        String title = i % 10 == 9 ? null : EDGE_STRINGS.get((int) (i % EDGE_STRINGS.size()));
        return new Book(i + 1, parent(c, i, "authorId"), title, 0.5 + d.below(100_000) / 7.0,
                i % 6 == 0 ? null : LocalDateTime.of(2020, 2, 29, 12, 0).plusMinutes(i * 37),
                i % 2 == 0);
    }

    /** The key of the parent the dataset links reference {@code field} of record {@code i} to. */
    static long parent(GenerationContext c, long i, String field) {
        return c.parentIndex(c.draw(i, Keys.of(field)), Long.MAX_VALUE) + 1;
    }
}
