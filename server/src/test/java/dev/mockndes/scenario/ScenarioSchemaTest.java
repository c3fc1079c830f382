package dev.mockndes.scenario;

import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.fault.Fault;
import dev.mockndes.ndes.log.HttpErrReason;
import dev.mockndes.protocol.FailInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** scenarios/scenario.schema.json (for editors) describes exactly what the loader reads, so the two cannot drift. */
class ScenarioSchemaTest {
    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("../scenarios/scenario.schema.json").toFile());
    }

    @Test
    void isADraft2020Schema() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
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
        assertThat(texts(def("fault").path("properties").path("type").path("enum"))).containsExactlyElementsOf(Vocabulary.faultTypes());
        List<String> dispatched = StreamSupport.stream(def("fault").path("allOf").spliterator(), false)
                .map(branch -> branch.path("if").path("properties").path("type").path("const").asText()).toList();
        assertThat(dispatched).containsExactlyElementsOf(Vocabulary.faultTypes());
    }

    @Test
    void describesEachFaultWithExactlyItsRecordKeys() {
        for (var type : Fault.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
            JsonNode fault = def("fault-" + type.name());
            assertThat(fault.path("properties").path("type").path("const").asText()).as(type.name()).isEqualTo(type.name());
            List<String> keys = new ArrayList<>(List.of("type"));
            keys.addAll(Vocabulary.keys(type.value()));
            assertThat(fieldNames(fault.path("properties"))).as(type.name()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(fault.path("additionalProperties").asBoolean(true)).as(type.name()).isFalse();
        }
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
        assertThat(texts(schema.path("properties").path("expect").path("propertyNames").path("enum"))).isEqualTo(ScenarioChecks.EXPECT_DEVICES);
        assertThat(texts(def("match").path("properties").path("device").path("enum"))).isEqualTo(ScenarioChecks.DEVICES);
        assertThat(texts(def("expectation").path("properties").path("outcome").path("enum"))).isEqualTo(ScenarioChecks.OUTCOMES);
        assertThat(texts(def("expectation").path("properties").path("failInfo").path("enum")))
                .isEqualTo(Arrays.stream(FailInfo.values()).map(FailInfo::rfcName).toList());
        assertThat(texts(def("fault-scep-failure").path("properties").path("failInfo").path("enum")))
                .isEqualTo(Arrays.stream(FailInfo.values()).map(FailInfo::rfcName).toList());
        assertThat(texts(def("fault-httpsys-error").path("properties").path("reason").path("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(HttpErrReason.values()).map(HttpErrReason::wire).toList());
    }

    private static JsonNode def(String name) {
        JsonNode def = schema.path("$defs").path(name);
        assertThat(def.isMissingNode()).as("$defs/" + name).isFalse();
        return def;
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
