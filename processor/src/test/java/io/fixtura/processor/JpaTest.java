package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.Reference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JPA mappings shape the model and the data: {@code @Table}, {@code @Column(name, nullable, unique,
 * length, precision, scale)}, {@code @Id} (two of them make a composite key), {@code @ManyToOne} with
 * {@code @JoinColumn} on a field holding another entity, and {@code @Transient} or {@code transient}
 * fields left out. The JPA API is not on the test class path: stand-ins of the same names are compiled
 * with the entities.
 */
class JpaTest {

    private static final JavaFileObject AUTHOR = source("lib.Author",
            "package lib;",
            "import io.fixtura.annotations.*; import jakarta.persistence.*; import java.math.BigDecimal;",
            "@Entity @Table(name = \"authors\") @TestEntity",
            "public class Author {",
            "  @Id @Column(name = \"author_code\", length = 12) private String code;",
            "  @Column(name = \"full_name\", nullable = false, length = 40) private String name;",
            "  @Column(unique = true, nullable = false) private String email;",
            "  @Column(precision = 8, scale = 2) private BigDecimal fee;",
            "  @Transient private String display;",
            "  private transient int hits;",
            "  public Author() {}",
            "  public String getCode() { return code; } public void setCode(String code) { this.code = code; }",
            "  public String getName() { return name; } public void setName(String name) { this.name = name; }",
            "  public String getEmail() { return email; } public void setEmail(String email) { this.email = email; }",
            "  public BigDecimal getFee() { return fee; } public void setFee(BigDecimal fee) { this.fee = fee; }",
            "  public String getDisplay() { return display; }",
            "  public int getHits() { return hits; }",
            "}");

    private static final JavaFileObject BOOK = source("lib.Book",
            "package lib;",
            "import io.fixtura.annotations.*; import jakarta.persistence.*;",
            "@Entity @Table(name = \"books\") @TestEntity",
            "public class Book {",
            "  @Id private Long id;",
            "  @ManyToOne @JoinColumn(name = \"writer_code\") private Author author;",
            "  @Column(name = \"book_title\", nullable = false) private String title;",
            "  public Book(Long id, Author author, String title) { this.id = id; this.author = author; this.title = title; }",
            "  public Long getId() { return id; } public Author getAuthor() { return author; }",
            "  public String getTitle() { return title; }",
            "}");

    private static final JavaFileObject EDITION = source("lib.Edition",
            "package lib;",
            "import io.fixtura.annotations.*; import jakarta.persistence.*;",
            "@Entity @TestEntity",
            "public class Edition {",
            "  @Id private long bookId;",
            "  @Id private int number;",
            "  private String label;",
            "  public long getBookId() { return bookId; } public void setBookId(long bookId) { this.bookId = bookId; }",
            "  public int getNumber() { return number; } public void setNumber(int number) { this.number = number; }",
            "  public String getLabel() { return label; } public void setLabel(String label) { this.label = label; }",
            "}");

    private static ClassLoader loader;

    @BeforeAll
    static void compileOnce() {
        loader = load(compile(StandIns.with(StandIns.jakartaPersistence(), AUTHOR, BOOK, EDITION)));
    }

    @Test
    void tableAndColumnsComeFromJpa() throws Exception {
        EntityModel<Object> author = model(loader, "lib.AuthorModel");

        assertThat(author.table()).isEqualTo("authors");
        assertThat(author.key()).containsExactly("code");
        assertThat(author.fields()).extracting(FieldModel::name).containsExactly("code", "name", "email", "fee");
        FieldModel<Object> code = author.field("code");
        assertThat(code.column()).isEqualTo("author_code");
        assertThat(code.sqlType().toString()).isEqualTo("VARCHAR(12)");
        assertThat(code.isKey()).isTrue();
        assertThat(code.isNullable()).isFalse();
        FieldModel<Object> name = author.field("name");
        assertThat(name.column()).isEqualTo("full_name");
        assertThat(name.sqlType().toString()).isEqualTo("VARCHAR(40)");
        assertThat(name.isNullable()).isFalse();
        FieldModel<Object> email = author.field("email");
        assertThat(email.column()).isEqualTo("email");
        assertThat(email.isUnique()).isTrue();
        assertThat(email.isNullable()).isFalse();
        assertThat(author.field("fee").sqlType().toString()).isEqualTo("DECIMAL(8, 2)");
        assertThat(author.field("fee").isNullable()).isTrue();
    }

    @Test
    void valuesFitTheColumns() throws Exception {
        EntityModel<Object> author = model(loader, "lib.AuthorModel");
        List<?> authors = ((Generator<?>) call(loader, "lib.AuthorFactory", "withSeed", 31L)).list(2_000);

        Set<Object> codes = new HashSet<>();
        Set<Object> emails = new HashSet<>();
        for (Object a : authors) {
            assertThat(author.validate(a)).isEmpty();
            String code = (String) author.field("code").get(a);
            assertThat(code).isNotNull().hasSizeLessThanOrEqualTo(12);
            assertThat(codes.add(code)).as("code %s is unique", code).isTrue();
            assertThat((String) author.field("name").get(a)).isNotNull().hasSizeLessThanOrEqualTo(40);
            String email = (String) author.field("email").get(a);
            assertThat(email).isNotNull().contains("@");
            assertThat(emails.add(email)).as("email %s is unique", email).isTrue();
            BigDecimal fee = (BigDecimal) author.field("fee").get(a);
            if (fee != null) {
                assertThat(fee.scale()).isLessThanOrEqualTo(2);
                assertThat(fee.abs()).isLessThan(new BigDecimal("1000000"));
            }
        }
    }

    @Test
    void transientFieldsAreLeftOut() throws Exception {
        List<?> authors = ((Generator<?>) call(loader, "lib.AuthorFactory", "withSeed", 32L)).list(50);
        Class<?> type = loader.loadClass("lib.Author");

        for (Object a : authors) {
            assertThat(type.getMethod("getDisplay").invoke(a)).isNull();
            assertThat(type.getMethod("getHits").invoke(a)).isEqualTo(0);
        }
        assertThat(model(loader, "lib.AuthorModel").fields()).extracting(FieldModel::name)
                .doesNotContain("display", "hits");
    }

    @Test
    void manyToOneIsAnObjectWhoseJoinColumnHoldsTheTargetKey() throws Exception {
        EntityModel<Object> book = model(loader, "lib.BookModel");
        EntityModel<Object> author = model(loader, "lib.AuthorModel");

        assertThat(book.table()).isEqualTo("books");
        FieldModel<Object> column = book.field("author");
        assertThat(column.column()).isEqualTo("writer_code");
        assertThat(column.sqlType().toString()).isEqualTo("VARCHAR(12)");
        assertThat(column.javaType()).isEqualTo(String.class);
        assertThat(column.reference()).isEqualTo(new Reference("author", loader.loadClass("lib.Author"), "authors", "code"));
        assertThat(book.references()).containsExactly(column.reference());
        assertThat(book.field("title").column()).isEqualTo("book_title");

        List<?> books = ((Generator<?>) call(loader, "lib.BookFactory", "withSeed", 33L)).list(1_000);
        int held = 0;
        for (Object b : books) {
            assertThat(book.validate(b)).isEmpty();
            Object a = loader.loadClass("lib.Book").getMethod("getAuthor").invoke(b);
            if (a == null) {
                assertThat(column.get(b)).isNull();
                continue;
            }
            held++;
            assertThat(a.getClass().getName()).isEqualTo("lib.Author");
            assertThat(author.validate(a)).isEmpty();
            assertThat(column.get(b)).isEqualTo(author.field("code").get(a));
        }
        assertThat(held).as("books holding an author").isGreaterThan(800);
    }

    @Test
    void twoIdFieldsMakeACompositeKey() throws Exception {
        EntityModel<Object> edition = model(loader, "lib.EditionModel");

        assertThat(edition.table()).isEqualTo("edition");
        assertThat(edition.key()).containsExactly("bookId", "number");
        assertThat(edition.field("bookId").isKey()).isTrue();
        assertThat(edition.field("number").isKey()).isTrue();
        assertThat(edition.field("label").isKey()).isFalse();
        assertThat(edition.field("bookId").column()).isEqualTo("book_id");

        List<?> editions = ((Generator<?>) call(loader, "lib.EditionFactory", "withSeed", 34L)).list(3_000);
        List<String> keys = new ArrayList<>();
        for (Object e : editions) {
            assertThat(edition.validate(e)).isEmpty();
            keys.add(edition.field("bookId").get(e) + "/" + edition.field("number").get(e));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }
}
