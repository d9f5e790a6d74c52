package io.fixtura.processor;

import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.generatedText;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the full text of the factory, builder and model of one small entity, where the shape of
 * generated code matters (a person reads it). After an intended change, regenerate the files with
 * {@code mvn -o -pl processor test -Dtest=GoldenTest -Dfixtura.golden.update=true} and review the diff.
 */
class GoldenTest {

    private static final String GOLDEN = "golden/shop/";
    private static final Path SOURCE_DIR = Path.of("src/test/resources").resolve(GOLDEN);

    private static final JavaFileObject TEAM = source("shop.Team",
            "package shop;",
            "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
            "@TestEntity public record Team(long id, @NotBlank @Size(max = 30) String name) {}");

    private static final JavaFileObject MEMBER = source("shop.Member",
            "package shop;",
            "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
            "@TestEntity public record Member(",
            "    long id,",
            "    @Email @Unique String email,",
            "    @Range(min = \"18\", max = \"67\") int age,",
            "    @References(Team.class) long teamId) {}");

    private static Compilation compilation;

    @BeforeAll
    static void compileOnce() {
        compilation = compile(TEAM, MEMBER);
        assertThat(compilation.status()).as(compilation.diagnostics().toString())
                .isEqualTo(Compilation.Status.SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MemberFactory", "MemberBuilder", "MemberModel"})
    void generatedTextIsPinned(String simpleName) throws IOException {
        String actual = generatedText(compilation, "shop." + simpleName);
        if (Boolean.getBoolean("fixtura.golden.update")) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(simpleName + ".java"), actual, StandardCharsets.UTF_8);
            return;
        }

        assertThat(actual).as("generated shop.%s; if the change is intended, rerun with"
                + " -Dfixtura.golden.update=true and review the diff", simpleName).isEqualTo(golden(simpleName));
    }

    private static String golden(String simpleName) throws IOException {
        try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(GOLDEN + simpleName + ".java")) {
            assertThat(in).as("golden file %s%s.java", GOLDEN, simpleName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
