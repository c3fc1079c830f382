package dev.mockndes.cli;

import dev.mockndes.common.BuildInfo;
import picocli.CommandLine;

/** {@code --version}: the build's version and the commit it was made from ({@link BuildInfo}). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mock-ndes " + BuildInfo.current().describe()};
    }
}
