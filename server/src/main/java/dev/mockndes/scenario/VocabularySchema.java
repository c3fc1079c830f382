package dev.mockndes.scenario;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockndes.common.OutcomeWord;
import dev.mockndes.common.ProfileCatalog;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import dev.mockndes.fault.UserAgentFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scenarios/vocabulary.schema.json}: the part of the scenario schema that comes from the
 * code's registries (fault types and their keys, the devices a rule matches, the device profiles
 * and outcomes of {@code expect:}, the hops of {@code breaks:}), which the hand-written {@code scenario.schema.json} refers to.
 * The server build writes it ({@code process-classes}) beside the scenarios and into the jar, so
 * adding a fault or a profile never means editing a schema.
 */
public final class VocabularySchema {
    static final String FILE_NAME = "vocabulary.schema.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private VocabularySchema() {
    }

    /** Writes the schema to each path given. */
    public static void main(String[] paths) {
        String text = render();
        for (String path : paths) {
            try {
                Path file = Path.of(path);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }

    /** The schema's text, the same for the same registries. */
    public static String render() {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$comment", "Written by the server build from the code's registries; do not edit. scenario.schema.json refers to it.");
        schema.put("title", "mock-ndes scenario vocabulary");
        ObjectNode defs = schema.putObject("$defs");
        defs.set("device", enumOf(UserAgentFamily.words()).put("description", "Recognised from the User-Agent."));
        defs.set("profile", ProfileCatalog.installed().map(VocabularySchema::enumOf)
                .orElseGet(() -> JSON.objectNode().put("type", "string").put("pattern", "^" + ScenarioChecks.KEBAB.pattern() + "$"))
                .put("description", "A device profile of the client harness."));
        defs.set("outcome", enumOf(OutcomeWord.words()));
        defs.set("hop", enumOf(Hop.words()).put("description", "A link of the chain, from the device to the CA."));
        defs.set("fault", fault());
        for (Class<? extends Fault> type : FaultTypes.classes()) {
            defs.set("fault-" + FaultTypes.nameOf(type), FaultSchemas.of(type));
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type enum, and a branch per type that holds the fault to that type's keys. */
    private static ObjectNode fault() {
        ObjectNode fault = JSON.objectNode().put("type", "object").put("description", "One way to fail a request; 'type' picks which.");
        fault.putArray("required").add("type");
        fault.putObject("properties").set("type", enumOf(FaultTypes.names()));
        ArrayNode branches = fault.putArray("allOf");
        for (String name : FaultTypes.names()) {
            ObjectNode branch = branches.addObject();
            ObjectNode condition = branch.putObject("if");
            condition.putArray("required").add("type");
            condition.putObject("properties").putObject("type").put("const", name);
            branch.putObject("then").put("$ref", "#/$defs/fault-" + name);
        }
        return fault;
    }

    private static ObjectNode enumOf(List<String> words) {
        ObjectNode node = JSON.objectNode();
        words.forEach(node.putArray("enum")::add);
        return node;
    }
}
