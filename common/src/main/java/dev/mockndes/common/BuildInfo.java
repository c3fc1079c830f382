package dev.mockndes.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the git commit this build was made from, as the build wrote them into
 * {@code build.properties}. Either is {@code "unknown"} when the build could not tell (a build outside
 * a git checkout has no commit; a class path without the file, as in an IDE, has neither).
 */
public record BuildInfo(String version, String commit) {
    public static final String UNKNOWN = "unknown";

    private static final BuildInfo CURRENT = read();

    /** This build's. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** What {@code --version} prints after the tool's name, e.g. {@code 0.1.0 (commit 55a02d132f69)}. */
    public String describe() {
        return version + " (commit " + commit + ")";
    }

    static BuildInfo from(Properties properties) {
        return new BuildInfo(value(properties, "version"), value(properties, "commit"));
    }

    /** A value Maven did not fill in is still its {@code ${...}} placeholder. */
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    private static BuildInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version from the class path", e);
        }
        return from(properties);
    }
}
