package dev.mockndes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven writes into {@code mock-ndes-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/mock-ndes-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"mock-ndes " + properties.getProperty("version", "unknown")};
    }
}
