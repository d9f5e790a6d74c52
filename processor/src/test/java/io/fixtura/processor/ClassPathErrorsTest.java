package io.fixtura.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compileDomain;
import static io.fixtura.processor.TestCompiler.compileWith;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors that only a class-path domain can cause: an entity holding another entity as an object
 * needs that entity's factory, which is generated only when the trigger lists it too (FX114).
 */
class ClassPathErrorsTest {

    private static Path domain;

    @BeforeAll
    static void compileDomainFirst() {
        domain = compileDomain(true,
                source("shop.Author", "package shop;",
                        "@io.fixtura.annotations.TestEntity public record Author(long id, String name) {}"),
                source("shop.Book", "package shop;",
                        "@io.fixtura.annotations.TestEntity public record Book(long id, String title, Author author) {}"));
    }

    private static Compilation withTrigger(String generateFactories) {
        return compileWith(List.of(domain.toFile()), source("test.Fixtures",
                "package test;",
                "@io.fixtura.annotations.GenerateFactories(" + generateFactories + ")",
                "class Fixtures {}"));
    }

    @Test
    void heldEntityMissingFromTheTrigger() {
        Compilation c = withTrigger("classes = shop.Book.class");

        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[FX114]");
        assertThat(c).hadErrorContaining("'author'");
        assertThat(c).hadErrorContaining("list Author in @GenerateFactories");
    }

    @Test
    void heldEntityListedTooIsGenerated() throws Exception {
        ClassLoader loader = load(withTrigger("classes = {shop.Book.class, shop.Author.class}"), domain);
        EntityModel<Object> books = model(loader, "shop.BookModel");
        EntityModel<Object> authors = model(loader, "shop.AuthorModel");

        List<?> records = ((Generator<?>) call(loader, "shop.BookFactory", "withSeed", 3L)).list(200);

        for (Object book : records) {
            Object author = loader.loadClass("shop.Book").getMethod("author").invoke(book);
            if (author != null) {
                assertThat(books.field("author").get(book)).isEqualTo(authors.field("id").get(author));
            }
        }
        assertThat(books.field("author").column()).isEqualTo("author_id");
    }

    @Test
    void heldEntityFromTheSamePackageListing() {
        assertThat(withTrigger("packages = \"shop\"")).succeededWithoutWarnings();
    }
}
