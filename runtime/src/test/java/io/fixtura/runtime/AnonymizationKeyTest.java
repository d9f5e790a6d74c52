package io.fixtura.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AnonymizationKeyTest {

    private static final String SECRET = "correct horse battery staple";

    @Test
    void nullBlankAndShortSecretsAreRejectedWithHowToSetOne() {
        assertThatThrownBy(() -> AnonymizationKey.of(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIXTURA_ANONYMIZATION_KEY");
        assertThatThrownBy(() -> AnonymizationKey.of("   "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> AnonymizationKey.of("fifteen chars!!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 15 characters")
                .hasMessageContaining("set FIXTURA_ANONYMIZATION_KEY to a secret of at least 16 characters");
        assertThat(AnonymizationKey.of("sixteen chars!!!")).isNotNull();
    }

    @Test
    void aMissingEnvironmentVariableIsAnIllegalState() {
        assertThatThrownBy(() -> AnonymizationKey.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set FIXTURA_ANONYMIZATION_KEY to a secret of at least 16 characters");
        assertThatThrownBy(() -> AnonymizationKey.fromEnvironment(Map.of("FIXTURA_ANONYMIZATION_KEY", "")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AnonymizationKey.fromEnvironment(Map.of("FIXTURA_ANONYMIZATION_KEY", "short")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 5 characters");
    }

    @Test
    void theEnvironmentKeyEqualsTheSameSecretPassedDirectly() {
        AnonymizationKey env = AnonymizationKey.fromEnvironment(Map.of("FIXTURA_ANONYMIZATION_KEY", SECRET));
        byte[] data = "alice@example.com".getBytes(StandardCharsets.UTF_8);
        assertThat(env.hmac("FAKE:EMAIL", data)).isEqualTo(AnonymizationKey.of(SECRET).hmac("FAKE:EMAIL", data));
    }

    @Test
    void hmacIsHmacSha256OfTheLengthPrefixedDomainAndTheData() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(new byte[] {0, 0, 0, 4});
        mac.update("HASH".getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal("bob".getBytes(StandardCharsets.UTF_8));

        assertThat(AnonymizationKey.of(SECRET).hmac("HASH", "bob".getBytes(StandardCharsets.UTF_8)))
                .hasSize(32).isEqualTo(expected);
    }

    @Test
    void domainsSeparateOutputsAndKeysDiffer() {
        AnonymizationKey key = AnonymizationKey.of(SECRET);
        AnonymizationKey other = AnonymizationKey.of(SECRET + "!");
        assertThat(key.hmac("HASH", "bob")).isNotEqualTo(key.hmac("TOKENIZE", "bob"));
        // the length prefix keeps ("AB", "C") apart from ("A", "BC")
        assertThat(key.hmac("AB", "C")).isNotEqualTo(key.hmac("A", "BC"));
        assertThat(key.hmac("HASH", "bob")).isNotEqualTo(other.hmac("HASH", "bob"));
        assertThat(key.hash64("HASH", "bob")).isEqualTo(key.hash64("HASH", "bob"));
    }

    @Test
    void toStringNeverShowsTheSecret() {
        AnonymizationKey key = AnonymizationKey.of(SECRET);
        assertThat(key.toString()).doesNotContain(SECRET).doesNotContain("horse")
                .doesNotContain(HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8)));
    }
}
