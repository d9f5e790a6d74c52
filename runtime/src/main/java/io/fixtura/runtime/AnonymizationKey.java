package io.fixtura.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every anonymization strategy is keyed by: HMAC-SHA256 of a domain (the strategy and
 * value kind) and the original, so the same key maps the same value the same way in every table
 * and run, and nobody without the key can rebuild the mapping. There is no default key.
 *
 * <pre>{@code AnonymizationKey key = AnonymizationKey.fromEnvironment();}</pre>
 */
public final class AnonymizationKey {

    /** The environment variable {@link #fromEnvironment()} reads. */
    public static final String ENVIRONMENT_VARIABLE = "FIXTURA_ANONYMIZATION_KEY";
    /** The shortest secret accepted: shorter ones are guessable. */
    public static final int MIN_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String HOW_TO_SET = "set " + ENVIRONMENT_VARIABLE + " to a secret of at least "
            + MIN_LENGTH + " characters (for example the output of `openssl rand -hex 32`), "
            + "or pass one to AnonymizationKey.of(secret)";

    private final SecretKeySpec secret;
    /** A Mac is not thread-safe and costly to look up, so each thread keeps its own initialized one. */
    private final ThreadLocal<Mac> macs;

    private AnonymizationKey(byte[] secret) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * The key of {@code secret}, which must be at least {@value #MIN_LENGTH} characters and not blank.
     *
     * @throws IllegalArgumentException if the secret is null, blank or too short
     */
    public static AnonymizationKey of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the anonymization key is missing or blank: " + HOW_TO_SET);
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the anonymization key has only " + secret.length()
                    + " characters: " + HOW_TO_SET);
        }
        return new AnonymizationKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key in the environment variable {@value #ENVIRONMENT_VARIABLE}.
     *
     * @throws IllegalStateException if the variable is not set or blank
     * @throws IllegalArgumentException if its value is too short
     */
    public static AnonymizationKey fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The key in {@value #ENVIRONMENT_VARIABLE} of {@code environment}; errors as {@link #fromEnvironment()}. */
    public static AnonymizationKey fromEnvironment(Map<String, String> environment) {
        String secret = environment.get(ENVIRONMENT_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("no anonymization key: " + ENVIRONMENT_VARIABLE
                    + " is not set; " + HOW_TO_SET);
        }
        return of(secret);
    }

    /**
     * HMAC-SHA256 of {@code domain} and {@code data} under this key (32 bytes). The domain is
     * length-prefixed into the MAC input, so no (domain, data) pair can pass for another.
     */
    public byte[] hmac(String domain, byte[] data) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(data, "data");
        byte[] name = domain.getBytes(StandardCharsets.UTF_8);
        Mac mac = macs.get();
        mac.update(new byte[] {(byte) (name.length >>> 24), (byte) (name.length >>> 16),
            (byte) (name.length >>> 8), (byte) name.length});
        mac.update(name);
        return mac.doFinal(data);
    }

    /** HMAC-SHA256 of {@code domain} and the UTF-8 bytes of {@code text}. */
    public byte[] hmac(String domain, String text) {
        return hmac(domain, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 64 bits of {@link #hmac(String, String)}, big-endian: a keyed seed for one value. */
    public long hash64(String domain, String text) {
        byte[] mac = hmac(domain, text);
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (mac[i] & 0xFF);
        }
        return value;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }

    /** Never the secret, nor anything derived from it. */
    @Override
    public String toString() {
        return "AnonymizationKey[secret hidden]";
    }
}
