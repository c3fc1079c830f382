package dev.mockndes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a file or folder refuse every write with {@code chattr +i}, the one refusal root cannot
 * override: writes through descriptors already open fail too (EPERM), as on a disk gone bad. Close
 * it (try-with-resources) so the temporary folder can be removed.
 */
public final class Immutable implements AutoCloseable {
    private final Path path;

    private Immutable(Path path) {
        this.path = path;
    }

    public static Immutable make(Path path) throws Exception {
        chattr("+i", path);
        return new Immutable(path);
    }

    @Override
    public void close() throws Exception {
        chattr("-i", path);
    }

    private static void chattr(String flag, Path path) throws Exception {
        Processes.Result result = Processes.run(path.toAbsolutePath().getParent(), 30,
                List.of(Processes.require("chattr", "e2fsprogs"), flag, path.toString()));
        assertThat(result.exitCode()).as("chattr %s %s: %s", flag, path, result.output()).isZero();
    }
}
