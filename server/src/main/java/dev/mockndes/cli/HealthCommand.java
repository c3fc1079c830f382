package dev.mockndes.cli;

import dev.mockndes.admin.Admin;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mock-ndes health}: exits 0 when the admin API answers {@code GET /health}, 1 otherwise.
 * The container image's health check; needs nothing but the jar.
 */
@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks that a running mock-ndes answers on its admin API (GET /health): exit 0 if so, 1 if not.",
        footer = {"", "Examples:",
                "  mock-ndes health",
                "  mock-ndes health --admin http://mock-ndes:8081 || echo down"})
final class HealthCommand implements Callable<Integer> {
    @CommandLine.Mixin
    AdminTarget target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return target.call(spec, Admin::health);
    }
}
