package dev.mockndes.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    /** Where the admin API is and how to authenticate; shared by the subcommands. */
    static final class Target {
        @Option(names = "--admin", defaultValue = "${env:MOCK_NDES_ADMIN:-http://127.0.0.1:8081}", paramLabel = "URL",
                description = "The admin API's base URL. Env MOCK_NDES_ADMIN. Default: ${DEFAULT-VALUE}.")
        String admin;

        @Option(names = "--token", defaultValue = "${env:MOCK_NDES_ADMIN_TOKEN}", paramLabel = "TOKEN",
                description = "Bearer token, when the server runs with --admin-token. Env MOCK_NDES_ADMIN_TOKEN.")
        String token;

        /** Sends one call; prints the JSON answer on success, one line and exit 1 otherwise. */
        int call(CommandLine.Model.CommandSpec spec, String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin.replaceAll("/+$", "") + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (token != null && !token.isEmpty()) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response;
            try {
                response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("mock-ndes: cannot reach the admin API at " + admin + ": "
                        + MockNdesCommand.oneLine(e));
                return 1;
            }
            if (response.statusCode() / 100 != 2) {
                spec.commandLine().getErr().println("mock-ndes: " + method + " " + path + " answered " + response.statusCode()
                        + ": " + response.body().strip());
                return 1;
            }
            spec.commandLine().getOut().println(response.body());
            return 0;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true, description = {"Switch to a scenario of the server's library.",
            "Prints the scenario now in force as the admin API's JSON."},
            footer = {"", "Examples:", "  mock-ndes scenario use app-pool-stopped",
                    "  mock-ndes scenario use healthy --admin http://ndes-mock:8081 --token s3cret"})
    static final class Use implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "A scenario name, see 'mock-ndes scenarios list'.")
        String name;

        @CommandLine.Mixin
        Target target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return target.call(spec, "PUT", "/scenario", "{\"name\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(name) + "}");
        }
    }

    @Command(name = "current", mixinStandardHelpOptions = true,
            description = {"Show the scenario in force, as the admin API's JSON (name, title, documentation)."},
            footer = {"", "Examples:", "  mock-ndes scenario current", "  mock-ndes scenario current | jq -r .name"})
    static final class Current implements Callable<Integer> {
        @CommandLine.Mixin
        Target target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return target.call(spec, "GET", "/scenario", null);
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Restart the scenario's counters, phases and random source.", "Prints the scenario in force as JSON."},
            footer = {"", "Examples:", "  mock-ndes scenario reset", "  MOCK_NDES_ADMIN_TOKEN=s3cret mock-ndes scenario reset"})
    static final class Reset implements Callable<Integer> {
        @CommandLine.Mixin
        Target target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return target.call(spec, "POST", "/reset", null);
        }
    }
}
