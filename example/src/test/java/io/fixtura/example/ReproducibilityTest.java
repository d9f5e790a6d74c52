package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same seed gives the same data in another JVM, whatever its default locale and time zone. */
class ReproducibilityTest {

    @Test
    void anotherJvmWithAnotherLocaleAndZoneGeneratesTheSameRecords() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java,
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-cp", System.getProperty("java.class.path"), SeedPrinter.class.getName(), "42", "300"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String other = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(other).isNotEmpty().isEqualTo(SeedPrinter.render(42, 300));
    }
}
