package dev.mockndes.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.common.OutcomeWord;
import dev.mockndes.fault.CapsAnswer;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import dev.mockndes.fault.HttpSysError;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Rule;
import dev.mockndes.fault.ScepFailureFault;
import dev.mockndes.fault.UserAgentFamily;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.ndes.log.HttpErrReason;
import dev.mockndes.protocol.FailInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema for editors describes exactly what the loader reads, so the two cannot drift:
 * scenarios/scenario.schema.json is written by hand for the format's structure, and refers to the
 * vocabulary.schema.json that the build writes from the registries (fault types, devices, profiles,
 * outcomes).
 */
class ScenarioSchemaTest {
    private static final String VOCABULARY = VocabularySchema.FILE_NAME + "#/$defs/";
    private static JsonNode schema;
    private static JsonNode vocabulary;

    @BeforeAll
    static void readSchemas() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("../scenarios/scenario.schema.json").toFile());
        vocabulary = new ObjectMapper().readTree(VocabularySchema.render());
    }

    @Test
    void isADraft2020Schema() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(vocabulary.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theBuildWroteTheVocabularyBesideTheScenariosAndIntoTheJar() throws IOException {
        String hint = "written at process-classes; run: mvn -B -o -q -pl server -am process-classes";
        assertThat(Files.readString(Path.of("../scenarios", VocabularySchema.FILE_NAME))).as(hint).isEqualTo(VocabularySchema.render());
        try (InputStream packaged = getClass().getResourceAsStream("/scenarios/" + VocabularySchema.FILE_NAME)) {
            assertThat(packaged).as(hint).isNotNull();
            assertThat(new String(packaged.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(VocabularySchema.render());
        }
    }

    @Test
    void everyReferenceLeadsToADefinition() {
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);
        assertThat(refs).contains(VOCABULARY + "fault", VOCABULARY + "profile", VOCABULARY + "outcome", VOCABULARY + "device");
        for (String ref : refs) {
            JsonNode target = ref.startsWith(VOCABULARY) ? vocabulary.path("$defs").path(ref.substring(VOCABULARY.length()))
                    : schema.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
        }
        List<String> inVocabulary = new ArrayList<>();
        collectRefs(vocabulary, inVocabulary);
        inVocabulary.forEach(ref -> assertThat(vocabulary.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void describesTheApprovalSettingWithExactlyItsRecordKeys() {
        assertThat(schema.path("properties").path("approval").path("$ref").asText()).isEqualTo("#/$defs/approval");
        assertThat(fieldNames(def("approval").path("properties")))
                .containsExactlyInAnyOrderElementsOf(Vocabulary.keys(ScenarioApproval.class));
        assertThat(texts(def("approval").path("properties").path("mode").path("enum"))).containsExactly("auto", "manual");
    }

    @Test
    void namesEveryFaultTypeOfTheRegistryAndNoOther() {
        JsonNode fault = word("fault");
        assertThat(texts(fault.path("properties").path("type").path("enum"))).containsExactlyElementsOf(FaultTypes.names());
        List<String> dispatched = StreamSupport.stream(fault.path("allOf").spliterator(), false)
                .map(branch -> branch.path("if").path("properties").path("type").path("const").asText()).toList();
        assertThat(dispatched).containsExactlyElementsOf(FaultTypes.names());
        assertThat(def("rule").path("properties").path("fault").path("$ref").asText()).isEqualTo(VOCABULARY + "fault");
    }

    @Test
    void describesEachFaultWithExactlyItsRecordKeys() {
        for (Class<? extends Fault> type : FaultTypes.classes()) {
            String name = FaultTypes.nameOf(type);
            JsonNode fault = word("fault-" + name);
            assertThat(fault.path("properties").path("type").path("const").asText()).as(name).isEqualTo(name);
            List<String> keys = new ArrayList<>(List.of("type"));
            keys.addAll(Vocabulary.keys(type));
            assertThat(fieldNames(fault.path("properties"))).as(name).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(fault.path("additionalProperties").asBoolean(true)).as(name).isFalse();
            assertThat(fault.path("description").asText()).as("%s needs @JsonClassDescription", name).isNotBlank();
        }
    }

    @Test
    void typesAndBoundsEachFaultKeyAsItsRecordDoes() {
        JsonNode iis = word("fault-iis-error");
        assertThat(texts(iis.path("required"))).containsExactly("type", "status");
        assertThat(iis.at("/properties/status/type").asText()).isEqualTo("integer");
        assertThat(iis.at("/properties/status/minimum").asInt()).isEqualTo(400);
        assertThat(iis.at("/properties/status/maximum").asInt()).isEqualTo(599);
        JsonNode fraction = word("fault-truncated-body").at("/properties/fraction");
        assertThat(fraction.path("type").asText()).isEqualTo("number");
        assertThat(fraction.path("exclusiveMaximum").asInt()).isEqualTo(1);
        assertThat(fraction.has("maximum")).isFalse();
        assertThat(word("fault-ra-certificates").at("/properties/issuedByCa/type").asText()).isEqualTo("boolean");
        JsonNode keywords = word("fault-caps").at("/properties/keywords");
        assertThat(keywords.path("type").asText()).isEqualTo("array");
        assertThat(texts(keywords.at("/items/enum"))).containsExactlyElementsOf(CapsAnswer.capabilities());
    }

    @Test
    void describesEachModelRecordWithExactlyItsKeys() {
        assertThat(fieldNames(schema.path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Scenario.class));
        assertThat(fieldNames(def("documentation").path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Documentation.class));
        assertThat(fieldNames(def("rule").path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Rule.class));
        assertThat(fieldNames(def("match").path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Match.class));
        assertThat(fieldNames(def("phase").path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Phase.class));
        assertThat(fieldNames(def("expectation").path("properties"))).containsExactlyInAnyOrderElementsOf(Vocabulary.keys(Expectation.class));
    }

    @Test
    void listsTheSameValuesAsTheLoaderAccepts() {
        assertThat(schema.at("/properties/expect/propertyNames/$ref").asText()).isEqualTo(VOCABULARY + "profile");
        assertThat(texts(word("profile").path("enum"))).isEqualTo(Devices.profiles());
        assertThat(def("match").at("/properties/device/$ref").asText()).isEqualTo(VOCABULARY + "device");
        assertThat(texts(word("device").path("enum"))).isEqualTo(UserAgentFamily.words());
        assertThat(def("expectation").at("/properties/outcome/$ref").asText()).isEqualTo(VOCABULARY + "outcome");
        assertThat(texts(word("outcome").path("enum"))).isEqualTo(OutcomeWord.words());
        List<String> failInfos = Arrays.stream(FailInfo.values()).map(FailInfo::rfcName).toList();
        assertThat(texts(def("expectation").path("properties").path("failInfo").path("enum"))).isEqualTo(failInfos);
        assertThat(texts(word("fault-scep-failure").at("/properties/failInfo/enum"))).isEqualTo(failInfos).isEqualTo(ScepFailureFault.failInfos());
        assertThat(texts(word("fault-httpsys-error").at("/properties/reason/enum"))).isEqualTo(HttpSysError.reasons())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(HttpErrReason.values()).map(HttpErrReason::wire).toList());
    }

    private static JsonNode def(String name) {
        JsonNode def = schema.path("$defs").path(name);
        assertThat(def.isMissingNode()).as("$defs/" + name).isFalse();
        return def;
    }

    private static JsonNode word(String name) {
        JsonNode def = vocabulary.path("$defs").path(name);
        assertThat(def.isMissingNode()).as(VOCABULARY + name).isFalse();
        return def;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, refs));
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
