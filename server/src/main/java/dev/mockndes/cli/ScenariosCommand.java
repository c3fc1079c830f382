package dev.mockndes.cli;

import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.scenario.ScenarioText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mock-ndes scenarios list | show NAME | validate FILE...}. List and show read the built-in
 * library unless {@code --dir} names a folder. Validate exits 1 when any file is bad and prints
 * each bad file's {@code file:line:col: message} line on stderr, each good one as {@code file: ok}.
 */
@Command(name = "scenarios",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists, shows and validates fault scenario files.",
        subcommands = {ScenariosCommand.ListScenarios.class, ScenariosCommand.ShowScenario.class,
                ScenariosCommand.ValidateScenarios.class},
        footer = {"", "Examples:", "  mock-ndes scenarios list", "  mock-ndes scenarios show app-pool-stopped",
                "  mock-ndes scenarios validate scenarios/*.yaml"})
public final class ScenariosCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: list, show NAME or validate FILE...");
    }

    /** Where list and show read scenarios from. */
    static final class LibraryOption {
        @Option(names = "--dir", defaultValue = "${env:MOCK_NDES_SCENARIO_DIR}", paramLabel = "DIR",
                description = "Folder of scenario files (env MOCK_NDES_SCENARIO_DIR). Default: the built-in library.")
        Path dir;

        ScenarioLibrary library() {
            return dir == null ? ScenarioLibrary.builtIn() : ScenarioLibrary.load(dir);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints each scenario's name and title.",
            footer = {"", "Examples:", "  mock-ndes scenarios list", "  mock-ndes scenarios list --dir my-scenarios",
                    "  mock-ndes scenarios list --json | jq -r '.[].name'"})
    static final class ListScenarios implements Callable<Integer> {
        @CommandLine.Mixin
        LibraryOption source;

        @Option(names = "--json", description = "A JSON array of {name, title}, as the admin API's GET /scenarios.")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<Scenario> scenarios = source.library().list();
            if (json) {
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(scenarios.stream()
                        .map(s -> Map.of("name", s.name(), "title", s.title())).toList()));
                spec.commandLine().getOut().flush();
                return 0;
            }
            int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(0);
            scenarios.forEach(s -> spec.commandLine().getOut().printf("%-" + width + "s  %s%n", s.name(), s.title()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a scenario's documentation, rules and expected outcomes.",
            footer = {"", "Examples:", "  mock-ndes scenarios show app-pool-stopped", "  mock-ndes scenarios show ./my-scenario.yaml"})
    static final class ShowScenario implements Callable<Integer> {
        @CommandLine.Mixin
        LibraryOption source;

        @Parameters(paramLabel = "NAME", description = "A scenario name, or the path of a .yaml file.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Scenario scenario = source.library().lookUp(name);
            PrintWriter out = spec.commandLine().getOut();
            out.print(ScenarioText.describe(scenario));
            out.flush();
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks scenario files strictly, including their extends chain.",
                    "Prints 'FILE: ok' or 'FILE:LINE:COL: what is wrong' per file; exits 1 if any is bad."},
            footer = {"", "Examples:", "  mock-ndes scenarios validate scenarios/*.yaml",
                    "  mock-ndes scenarios validate --json my-scenario.yaml"})
    static final class ValidateScenarios implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (.yaml).")
        List<Path> files;

        @Option(names = "--json", description = "One JSON array on stdout: {file, ok, error} per file.")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Map<String, Object>> results = new ArrayList<>();
            int bad = 0;
            for (Path file : files) {
                try {
                    ScenarioLibrary.check(file);
                    results.add(Map.of("file", file.toString(), "ok", true));
                    if (!json) {
                        out.println(file + ": ok");
                    }
                } catch (ScenarioException e) {
                    results.add(Map.of("file", file.toString(), "ok", false, "error", e.getMessage()));
                    if (!json) {
                        err.println(e.getMessage());
                    }
                    bad++;
                }
            }
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(results));
            }
            out.flush();
            err.flush();
            return bad == 0 ? 0 : 1;
        }
    }
}
