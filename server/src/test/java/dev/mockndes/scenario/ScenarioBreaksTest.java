package dev.mockndes.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.mockndes.common.OutcomeWord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code breaks:} key: where in the chain a scenario breaks and the log line found there. */
class ScenarioBreaksTest {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(Path.of("../scenarios"));

    @TempDir
    Path dir;

    static List<Scenario> scenarios() {
        return LIBRARY.list();
    }

    /** So a new scenario cannot leave the dashboard's picture blank: a device that fails fails somewhere. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyLibraryScenarioInWhichADeviceFailsSaysWhereItBreaks(Scenario scenario) {
        boolean aDeviceFails = scenario.expect().values().stream()
                .anyMatch(expectation -> !expectation.outcome().equals(OutcomeWord.SUCCESS.word()));
        if (aDeviceFails) {
            assertThat(scenario.breaks()).as("%s: some device fails, so it needs 'breaks: {hop: ..., log: ...}'", scenario.name()).isNotNull();
        }
        if (scenario.breaks() != null) {
            assertThat(scenario.breaks().where()).as(scenario.name()).isPresent();
            assertThat(scenario.breaks().log()).as(scenario.name()).isNotBlank();
        }
    }

    @Test
    void theLibrarySaysWhereItsKnownFailuresBreakAndThatHealthAndSlownessBreakNowhere() {
        assertThat(LIBRARY.get("healthy").breaksAt()).isEmpty();
        assertThat(LIBRARY.get("slow-ndes").breaksAt()).isEmpty();
        assertThat(LIBRARY.get("app-pool-stopped").breaks().where()).hasValue(Hop.IIS);
        assertThat(LIBRARY.get("app-pool-stopped").breaks().log()).contains("503 1 AppOffline SCEP");
        assertThat(LIBRARY.get("gateway-timeout").breaks().where()).hasValue(Hop.PROXY);
        assertThat(LIBRARY.get("challenge-rejected").breaks().where()).hasValue(Hop.POLICY_MODULE);
        assertThat(LIBRARY.get("ra-certs-expired").breaks().where()).hasValue(Hop.MSCEP);
        assertThat(LIBRARY.get("pending-approval").breaks().where()).hasValue(Hop.CA);
        assertThat(LIBRARY.get("flaky").breaks().where()).hasValue(Hop.PROXY);
    }

    @Test
    void readsBreaksAndShowsThem() {
        Scenario scenario = ScenarioLoader.parse("inline", """
                name: m
                title: t
                breaks:
                  hop: ca
                  log: "Application log, Event 31: the RPC server is unavailable"
                """);
        assertThat(scenario.breaks()).isEqualTo(new Breaks("ca", "Application log, Event 31: the RPC server is unavailable"));
        assertThat(scenario.breaksAt()).flatMap(Breaks::where).hasValue(Hop.CA);
        assertThat(ScenarioText.describe(scenario)).contains("Breaks at: ca", "Log:        Application log, Event 31");
    }

    @Test
    void aChildWithoutBreaksBreaksWhereItsParentDoesAndItsOwnBreaksWin() throws IOException {
        write("parent.yaml", "name: parent\ntitle: P\nbreaks: {hop: iis, log: parent line}\n");
        write("quiet.yaml", "name: quiet\ntitle: Q\nextends: parent\n");
        write("loud.yaml", "name: loud\ntitle: L\nextends: parent\nbreaks: {hop: ca, log: child line}\n");
        ScenarioLibrary library = ScenarioLibrary.load(dir);
        assertThat(library.get("quiet").breaks()).isEqualTo(new Breaks("iis", "parent line"));
        assertThat(library.get("loud").breaks()).isEqualTo(new Breaks("ca", "child line"));
    }

    @Test
    void anUnknownHopIsReportedAtItsLineWithTheKnownHops() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                breaks:
                  hop: database
                  log: somewhere
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:3: unknown hop 'database' in breaks (known, from the device to the CA: "
                + "device, proxy, iis, mscep, policy-module, ca)");
    }

    @Test
    void aMissingOrEmptyLogAndAnUnknownKeyAreReportedAtTheirLines() throws IOException {
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks:\n  hop: ca\n"))
                .isEqualTo(dir.resolve("x.yaml") + ":3:1: missing required key 'log' in breaks");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks:\n  hop: ca\n  log: \"  \"\n"))
                .startsWith(dir.resolve("x.yaml") + ":5:3: breaks.log is empty");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks:\n  hop: ca\n  log: ~\n"))
                .startsWith(dir.resolve("x.yaml") + ":5:3: breaks.log is empty");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks:\n  hop:\n  log: l\n"))
                .isEqualTo(dir.resolve("x.yaml") + ":4:3: breaks.hop is empty: name the hop where it breaks, one of "
                        + "device, proxy, iis, mscep, policy-module, ca");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks:\n  hop: ca\n  log: l\n  line: 3\n"))
                .isEqualTo(dir.resolve("x.yaml") + ":6:3: unknown key 'line' in breaks (known: hop, log)");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nbreaks: ca\n"))
                .startsWith(dir.resolve("x.yaml") + ":3:").contains("must be a mapping");
    }

    @Test
    void theSchemaDescribesBreaksWithItsRecordKeysAndTheHopsOfTheCode() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("../scenarios/scenario.schema.json").toFile());
        JsonNode vocabulary = new ObjectMapper().readTree(VocabularySchema.render());
        JsonNode breaks = schema.at("/$defs/breaks");
        assertThat(schema.at("/properties/breaks/$ref").asText()).isEqualTo("#/$defs/breaks");
        assertThat(fieldNames(breaks.path("properties"))).containsExactlyElementsOf(Vocabulary.keys(Breaks.class));
        assertThat(texts(breaks.path("required"))).containsExactly("hop", "log");
        assertThat(breaks.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(breaks.at("/properties/hop/$ref").asText()).isEqualTo(VocabularySchema.FILE_NAME + "#/$defs/hop");
        assertThat(texts(vocabulary.at("/$defs/hop/enum"))).isEqualTo(Hop.words())
                .containsExactly("device", "proxy", "iis", "mscep", "policy-module", "ca");
    }

    /** The editors' schema accepts every library file, breaks and all, and refuses an unknown hop as the loader does. */
    @Test
    void theEditorsSchemaAcceptsEveryLibraryFileAndRefusesAnUnknownHop() throws IOException {
        Schema schema = editorsSchema();
        YAMLMapper yaml = new YAMLMapper();
        try (var files = Files.list(Path.of("../scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assertThat(schema.validate(yaml.readTree(file.toFile()))).as(file.toString()).isEmpty();
            }
        }
        assertThat(schema.validate(yaml.readTree("name: x\ntitle: t\nbreaks: {hop: database, log: l}\n"))).isNotEmpty();
        assertThat(schema.validate(yaml.readTree("name: x\ntitle: t\nbreaks: {hop: ca}\n"))).isNotEmpty();
    }

    /** scenario.schema.json with vocabulary.schema.json's definitions folded in, so it stands alone. */
    private static Schema editorsSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String prefix = "#/$defs/vocabulary-";
        JsonNode vocabulary = json.readTree(VocabularySchema.render().replace("#/$defs/", prefix));
        ObjectNode schema = (ObjectNode) json.readTree(
                Files.readString(Path.of("../scenarios/scenario.schema.json")).replace(VocabularySchema.FILE_NAME + "#/$defs/", prefix));
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        vocabulary.get("$defs").fields().forEachRemaining(def -> defs.set("vocabulary-" + def.getKey(), def.getValue()));
        return SchemaRegistry.withDefaultDialect(Dialects.getDraft202012())
                .getSchema(schema.toString());
    }

    private String errorFor(String fileName, String yaml) throws IOException {
        Path file = write(fileName, yaml);
        return catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file)).getMessage();
    }

    private Path write(String fileName, String yaml) throws IOException {
        return Files.writeString(dir.resolve(fileName), yaml);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
