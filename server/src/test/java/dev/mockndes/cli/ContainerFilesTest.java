package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.support.Processes;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Dockerfile and docker-compose.yml, checked without a Docker engine: {@code docker-compose config}
 * validates the compose file, and the commands both run are those docs/deployment.md shows and parse with the real CLI.
 */
class ContainerFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TOKEN = "token-from-the-environment";
    /** The one ENV the JVM reads rather than serve: the launcher's JVM settings and the class-data archive. */
    private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    private static Dockerfile dockerfile;
    private static JsonNode compose;
    private static List<String> deploymentPage;

    @BeforeAll
    static void read() throws Exception {
        assertThat(ROOT.resolve("pom.xml")).exists();
        dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
        Processes.Result config = Processes.run(ROOT, 60, composeConfig(), Map.of("MOCK_NDES_ADMIN_TOKEN", TOKEN));
        assertThat(config.exitCode()).as("docker-compose config: %s", config.output()).isZero();
        compose = new ObjectMapper(new YAMLFactory()).readTree(config.output());
        deploymentPage = Files.readAllLines(ROOT.resolve("docs/deployment.md")).stream().map(ContainerFilesTest::command).toList();
    }

    @Test
    void theImageIsBuiltWithTheDocumentedBuildCommandOnJdk17AndRunsOnAJre17() {
        assertThat(dockerfile.stages()).hasSize(2);
        Dockerfile.Stage build = dockerfile.stages().get(0);
        Dockerfile.Stage runtime = dockerfile.stages().get(1);
        assertThat(build.from()).startsWith("maven:").contains("temurin-17").endsWith(" AS build");
        assertThat(runtime.from()).contains("17-jre");

        assertThat(deploymentPage).contains(build.only("RUN").arguments());
        assertThat(runtime.only("COPY").words()).as("the jars the build writes, copied from the build stage")
                .containsExactly("--from=build", "/src/server/target/mock-ndes.jar", "/src/client-harness/target/scep-harness.jar", "./");
    }

    @Test
    void theImageStartsTheDocumentedRunCommandAndItsOptionsParse() throws Exception {
        List<String> image = imageCommand();
        List<String> documented = deploymentPage.stream().filter(line -> line.startsWith("java -jar ") && line.contains("mock-ndes.jar serve"))
                .map(line -> List.of(line.split("\\s+"))).findFirst().orElseThrow(() -> new AssertionError("no run command in docs/deployment.md"));

        assertThat(jarNamed(image)).isEqualTo(jarNamed(documented));
        assertThat(image.subList(3, image.size())).isEqualTo(documented.subList(3, documented.size()));
        List<String> serve = concat(image.subList(3, image.size()), imageEnvironmentAsOptions());
        ServerConfig config = serveConfig(concat(serve, List.of("--admin-token", TOKEN)));
        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.adminBind()).as("the admin port is published, so the admin API listens outside").isEqualTo("0.0.0.0");
        assertThat(List.of(config.port(), config.adminPort())).isEqualTo(exposedPorts());
        for (var env : dockerfile.stages().get(1).all("ENV")) {
            String name = env.arguments().split("=", 2)[0];
            if (!name.equals(JVM_OPTIONS)) {
                assertThat(optionDefaults()).as("ENV %s is read by serve", name).anyMatch(d -> d.contains("${env:" + name + ":"));
            }
        }
    }

    @Test
    void theImageRunsTheJvmWithTheLaunchersSettingsAndTheClassDataArchiveItsBuildRecords() throws Exception {
        String launcher = Files.readString(ROOT.resolve("mock-ndes"));
        java.util.regex.Matcher defaults = java.util.regex.Pattern.compile("(?m)^defaults=\"([^\"]+)\"").matcher(launcher);
        assertThat(defaults.find()).as("the launcher's JVM defaults").isTrue();
        List<String> options = dockerfile.stages().get(1).all("ENV").stream().map(env -> env.arguments().split("=", 2))
                .filter(pair -> pair[0].equals(JVM_OPTIONS)).map(pair -> List.of(pair[1].replace("\"", "").split("\\s+")))
                .findFirst().orElseThrow(() -> new AssertionError("no ENV " + JVM_OPTIONS));
        String recording = dockerfile.stages().get(1).all("RUN").stream().map(Dockerfile.Instruction::arguments)
                .filter(run -> run.contains("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow(() -> new AssertionError("no recording RUN"));
        String archive = options.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow()
                .substring("-XX:SharedArchiveFile=".length());

        assertThat(options).containsSubsequence(List.of(defaults.group(1).split("\\s+")));
        assertThat(recording).contains(defaults.group(1), "-XX:ArchiveClassesAtExit=" + archive, "-jar " + imageCommand().get(2) + " ",
                "serve --port 0 --admin-port 0", "--exit-when-ready");
        int recorded = dockerfile.stages().get(1).instructions().indexOf(dockerfile.stages().get(1).all("RUN").stream()
                .filter(run -> run.arguments().equals(recording)).findFirst().orElseThrow());
        int set = dockerfile.stages().get(1).instructions().indexOf(dockerfile.stages().get(1).all("ENV").stream()
                .filter(env -> env.arguments().startsWith(JVM_OPTIONS + "=")).findFirst().orElseThrow());
        assertThat(recorded).as("the archive is recorded before the JVM is told to map it").isLessThan(set);
    }

    @Test
    void theImageRefusesToOpenItsAdminApiWithoutATokenFromTheEnvironment() {
        List<String> serve = concat(imageCommand().subList(3, imageCommand().size()), imageEnvironmentAsOptions());
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(serve.toArray(String[]::new));

        assertThat(optionDefaults()).anyMatch(d -> d.contains("${env:MOCK_NDES_ADMIN_TOKEN}"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ((ServeCommand) parsed.subcommand().commandSpec().userObject()).options.toConfig())
                .hasMessageStartingWith("the admin API would listen on 0.0.0.0 without a token").hasMessageContaining("MOCK_NDES_ADMIN_TOKEN");
    }

    @Test
    void composeWillNotStartWithoutTheAdminTokenAndSaysWhichVariableToSet() throws Exception {
        Processes.Result config = Processes.run(ROOT, 60, composeConfig(), java.util.Collections.singletonMap("MOCK_NDES_ADMIN_TOKEN", null));

        assertThat(config.exitCode()).isNotZero();
        assertThat(config.output()).contains("set MOCK_NDES_ADMIN_TOKEN");
    }

    @Test
    void theHealthCheckIsTheJarsHealthCommandAgainstTheAdminPort() {
        List<String> check = dockerfile.stages().get(1).only("HEALTHCHECK").words();
        List<String> composeCheck = strings(compose.at("/services/mock-ndes/healthcheck/test"));

        assertThat(composeCheck.get(0)).isEqualTo("CMD");
        assertThat(composeCheck.subList(1, composeCheck.size())).isEqualTo(check);
        assertThat(check.subList(0, 3)).isEqualTo(imageCommand().subList(0, 3));
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(check.subList(3, check.size()).toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("health");
        URI admin = URI.create(parsed.subcommand().matchedOptionValue("--admin", ""));
        assertThat(admin.getHost()).isEqualTo("127.0.0.1");
        assertThat(admin.getPort()).isEqualTo(composeServeConfig().adminPort());
    }

    @Test
    void composePublishesTheScepAndAdminPortsTheServerListensOn() {
        ServerConfig config = composeServeConfig();
        List<Integer> targets = new ArrayList<>();
        compose.at("/services/mock-ndes/ports").forEach(port -> {
            assertThat(port.get("published").asInt()).isEqualTo(port.get("target").asInt());
            targets.add(port.get("target").asInt());
        });

        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.adminBind()).isEqualTo("0.0.0.0");
        assertThat(config.adminToken()).contains(TOKEN);
        assertThat(targets).containsExactly(config.port(), config.adminPort());
        assertThat(exposedPorts()).isEqualTo(targets);
    }

    @Test
    void composeMountsTheDataVolumeForDataDirAndTheScenarioFolderForScenario() {
        List<String> command = strings(compose.at("/services/mock-ndes/command"));
        Map<String, String> mounts = new java.util.HashMap<>();
        compose.at("/services/mock-ndes/volumes").forEach(volume -> {
            String[] parts = volume.asText().split(":");
            mounts.put(parts[1], parts[0]);
        });

        assertThat(mounts.get(valueOf(command, "--data-dir"))).isEqualTo("ndes-data");
        assertThat(compose.at("/volumes").has("ndes-data")).isTrue();
        Path scenario = Path.of(valueOf(command, "--scenario"));
        Path hostFolder = Path.of(mounts.get(scenario.getParent().toString()));
        assertThat(hostFolder).isEqualTo(ROOT.resolve("scenarios"));
        assertThat(ScenarioLibrary.check(hostFolder.resolve(scenario.getFileName())).name()).isEqualTo("healthy");
        assertThat(valueOf(command, "--log-dir")).startsWith(valueOf(command, "--data-dir") + "/");
    }

    @Test
    void theHarnessProbesTheServiceBySCepUrlOnceItIsHealthy() {
        JsonNode harness = compose.at("/services/harness");
        List<String> entrypoint = strings(harness.get("entrypoint"));
        List<String> command = strings(harness.get("command"));

        assertThat(harness.at("/depends_on/mock-ndes/condition").asText()).isEqualTo("service_healthy");
        assertThat(entrypoint).containsExactly("java", "-jar", "/opt/mock-ndes/scep-harness.jar");
        assertThat(command.get(0)).isEqualTo("probe");
        URI probed = URI.create(command.get(1));
        assertThat(probed.getHost()).isEqualTo("mock-ndes");
        assertThat(probed.getPort()).isEqualTo(composeServeConfig().port());
        assertThat(probed.getPath()).isEqualTo(ServerConfig.SCEP_PATH);
    }

    @Test
    void theBuildContextKeepsEveryModuleButNoBuildOutput() throws Exception {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        List<String> modules = java.util.regex.Pattern.compile("<module>([^<]+)</module>").matcher(pom).results()
                .map(m -> m.group(1)).toList();

        assertThat(ignored).contains("**/target/", ".git");
        assertThat(modules).contains("server", "client-harness");
        for (String kept : concat(modules, List.of("pom.xml", "scenarios"))) {
            assertThat(ignored).as("%s must reach the build", kept).noneMatch(pattern -> pattern.replaceAll("/$", "").equals(kept));
        }
    }

    /** ENTRYPOINT followed by CMD. */
    private static List<String> imageCommand() {
        Dockerfile.Stage runtime = dockerfile.stages().get(1);
        return concat(runtime.only("ENTRYPOINT").words(), runtime.only("CMD").words());
    }

    /** The runtime stage's ENV lines as the serve options whose defaults read them. */
    private static List<String> imageEnvironmentAsOptions() {
        List<String> options = new ArrayList<>();
        var serve = MockNdesCommand.commandLine().setInterpolateVariables(false).getSubcommands().get("serve").getCommandSpec();
        for (var env : dockerfile.stages().get(1).all("ENV")) {
            String[] nameAndValue = env.arguments().split("=", 2);
            serve.options().stream().filter(o -> o.defaultValue() != null && o.defaultValue().contains("${env:" + nameAndValue[0] + ":"))
                    .findFirst().ifPresent(o -> options.addAll(List.of(o.longestName(), nameAndValue[1])));
        }
        return options;
    }

    private static List<String> composeConfig() {
        return List.of(Processes.require("docker-compose", "docker-compose"), "-f", ROOT.resolve("docker-compose.yml").toString(), "config");
    }

    private static List<Integer> exposedPorts() {
        return dockerfile.stages().get(1).only("EXPOSE").words().stream().map(Integer::valueOf).toList();
    }

    /**
     * The compose command as serve parses it, with the scenario file read from where compose mounts
     * it. {@code --data-dir} comes with the persistence work; until serve knows it, it is left out of
     * the parse (and checked against the volumes instead).
     */
    private static ServerConfig composeServeConfig() {
        List<String> command = new ArrayList<>(strings(compose.at("/services/mock-ndes/command")));
        if (!optionNames().contains("--data-dir")) {
            int at = command.indexOf("--data-dir");
            command.subList(at, at + 2).clear();
        }
        int scenario = command.indexOf("--scenario") + 1;
        command.set(scenario, hostPath(Path.of(command.get(scenario))).toString());
        String token = compose.at("/services/mock-ndes/environment/MOCK_NDES_ADMIN_TOKEN").asText();
        if (!token.isEmpty()) {
            command.addAll(List.of("--admin-token", token)); // what serve reads from MOCK_NDES_ADMIN_TOKEN in the container
        }
        return serveConfig(command);
    }

    /** Where a file in the container comes from on the host, through the service's bind mounts. */
    private static Path hostPath(Path inContainer) {
        for (JsonNode volume : compose.at("/services/mock-ndes/volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts[0].startsWith("/") && inContainer.startsWith(parts[1])) {
                return Path.of(parts[0]).resolve(Path.of(parts[1]).relativize(inContainer));
            }
        }
        throw new AssertionError(inContainer + " is not on a bind mount of the mock-ndes service");
    }

    private static ServerConfig serveConfig(List<String> args) {
        CommandLine.ParseResult parsed = MockNdesCommand.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("serve");
        return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).options.toConfig();
    }

    private static List<String> optionNames() {
        return MockNdesCommand.commandLine().getSubcommands().get("serve").getCommandSpec().options().stream()
                .flatMap(o -> java.util.Arrays.stream(o.names())).toList();
    }

    /** The default values as written, {@code ${env:…}} included. */
    private static List<String> optionDefaults() {
        return MockNdesCommand.commandLine().setInterpolateVariables(false).getSubcommands().get("serve").getCommandSpec().options()
                .stream().map(CommandLine.Model.OptionSpec::defaultValue).filter(java.util.Objects::nonNull).toList();
    }

    private static String jarNamed(List<String> command) {
        assertThat(command.subList(0, 2)).containsExactly("java", "-jar");
        return Path.of(command.get(2)).getFileName().toString();
    }

    private static String valueOf(List<String> command, String option) {
        return command.get(command.indexOf(option) + 1);
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A documentation line as a command: trimmed, without a trailing {@code # comment}. */
    private static String command(String line) {
        int comment = line.indexOf("  #");
        return (comment >= 0 ? line.substring(0, comment) : line).strip();
    }
}
