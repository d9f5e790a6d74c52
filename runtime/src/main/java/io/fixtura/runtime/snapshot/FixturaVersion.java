package io.fixtura.runtime.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Fixtura version this runtime was built as, from a resource Maven fills in at build time. */
public final class FixturaVersion {

    private static final String RESOURCE = "/io/fixtura/runtime/version.properties";
    private static final String CURRENT = read();

    private FixturaVersion() {
    }

    /** For example {@code 0.1.0}; {@code unknown} when running from classes Maven did not build. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = FixturaVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
