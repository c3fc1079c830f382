package dev.mockndes.cli;

import dev.mockndes.admin.Admin;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mock-ndes scenario use|current|reset}: controls a running server through its admin API. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Switch or inspect the fault scenario of a running mock-ndes.",
        subcommands = {ScenarioCommand.Use.class, ScenarioCommand.Current.class, ScenarioCommand.Reset.class},
        footer = {"", "Examples:",
                "  mock-ndes scenario use app-pool-stopped --admin http://127.0.0.1:8081",
                "  mock-ndes scenario current",
                "  MOCK_NDES_ADMIN_TOKEN=s3cret mock-ndes scenario reset"})
public final class ScenarioCommand {

    @Command(name = "use", mixinStandardHelpOptions = true, description = {"Switch to a scenario of the server's library, "
            + "or to a scenario file (checked here as 'scenarios validate' does, then sent as YAML).",
            "Prints the scenario now in force as the admin API's JSON."},
            footer = {"", "Examples:", "  mock-ndes scenario use app-pool-stopped",
                    "  mock-ndes scenario use my-scenarios/slow-ca.yaml",
                    "  mock-ndes scenario use healthy --admin http://ndes-mock:8081 --token s3cret"})
    static final class Use implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|FILE", description = "A scenario name (see 'mock-ndes scenarios list'), or a YAML file: "
                + "a value ending in .yaml or .yml, or with a '/', is a file.")
        String name;

        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!ScenarioLibrary.namesAFile(name)) {
                return target.call(spec, admin -> admin.useScenario(name));
            }
            String yaml;
            try {
                ScenarioLibrary.check(Path.of(name));
                yaml = Files.readString(Path.of(name), StandardCharsets.UTF_8);
            } catch (ScenarioException | IOException e) {
                throw CliErrors.scenarioFailure(name, e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e);
            }
            return target.call(spec, admin -> admin.useScenarioYaml(yaml));
        }
    }

    @Command(name = "current", mixinStandardHelpOptions = true,
            description = {"Show the scenario in force, as the admin API's JSON (name, title, documentation)."},
            footer = {"", "Examples:", "  mock-ndes scenario current", "  mock-ndes scenario current | jq -r .name"})
    static final class Current implements Callable<Integer> {
        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return target.call(spec, Admin::scenario);
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Restart the scenario's counters, phases and random source.", "Prints the scenario in force as JSON."},
            footer = {"", "Examples:", "  mock-ndes scenario reset", "  MOCK_NDES_ADMIN_TOKEN=s3cret mock-ndes scenario reset"})
    static final class Reset implements Callable<Integer> {
        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return target.call(spec, Admin::resetScenario);
        }
    }
}
