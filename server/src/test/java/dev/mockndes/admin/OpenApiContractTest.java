package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.mockndes.MockNdes;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import dev.mockndes.transport.RequestJournal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/openapi.json is the admin API's contract: every route of the live table is documented (with
 * the same token rule), every documented operation answers one of its documented statuses with a
 * body its schema accepts, and every example in the document is valid against its schema.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @RegisterExtension
    static final SharedServer shared = SharedServer.of(ServerSetup.defaults());

    private static JsonNode document;
    private static SchemaRegistry schemas;
    private static AdminRoutes table;

    record Operation(String method, String path, JsonNode spec) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeAll
    static void read() throws Exception {
        document = JSON.readTree(Files.readString(Path.of("../docs/openapi.json")));
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());
        MockNdes ndes = shared.server();
        table = AdminApi.routes(ndes.admin(), new AdminApi.Parts(ndes.pki().trustAnchor(), ndes.scepUrl(),
                ndes.intuneChallenges(), Duration.ofHours(1), new RequestJournal(1), DeviceRunners.NONE));
    }

    static Stream<Operation> operations() throws Exception {
        JsonNode paths = JSON.readTree(Files.readString(Path.of("../docs/openapi.json"))).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> METHODS.stream().filter(paths.get(path)::has)
                .forEach(method -> operations.add(new Operation(method, path, paths.get(path).get(method)))));
        return operations.stream();
    }

    @Test
    void everyLiveRouteIsDocumentedWithItsTokenRule() throws Exception {
        List<String> documented = operations().map(o -> o.method().toUpperCase() + " " + o.path()).toList();
        assertThat(table.routes()).isNotEmpty().allSatisfy(route -> assertThat(documented).as("documented").contains(route));
        assertThat(documented).as("every documented route is in the live table").containsExactlyInAnyOrderElementsOf(table.routes());
        operations().forEach(o -> {
            boolean open = o.spec().has("security") && o.spec().get("security").isEmpty();
            assertThat(open).as("%s needs no token", o).isEqualTo(table.isPublic(o.method().toUpperCase(), o.path()));
        });
    }

    @ParameterizedTest
    @MethodSource("operations")
    void everyDocumentedOperationAnswersADocumentedStatusWithABodyItsSchemaAccepts(Operation operation) throws Exception {
        HttpResponse<String> answer = call(operation);
        JsonNode responses = operation.spec().get("responses");
        String status = Integer.toString(answer.statusCode());
        assertThat(responses.has(status)).as("%s answered %s: %s", operation, status, answer.body()).isTrue();
        JsonNode schema = responses.get(status).at("/content/application~1json/schema");
        if (!schema.isMissingNode()) {
            assertValid(schema, JSON.readTree(answer.body()), operation + " answer " + status);
        }
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Iterator<Operation> it = operations().iterator(); it.hasNext(); ) {
            Operation operation = it.next();
            List<JsonNode> media = new ArrayList<>();
            operation.spec().at("/requestBody/content").forEach(media::add);
            operation.spec().get("responses").forEach(response -> response.path("content").forEach(media::add));
            for (JsonNode content : media) {
                if (content.has("example") && content.has("schema")) {
                    assertValid(content.get("schema"), content.get("example"), operation + " example");
                    checked.add(operation.toString());
                }
            }
            for (JsonNode parameter : operation.spec().path("parameters")) {
                assertValid(parameter.get("schema"), parameter.get("example"), operation + " parameter " + parameter.get("name"));
            }
        }
        assertThat(checked).as("examples were found").hasSizeGreaterThan(20);
    }

    private static HttpResponse<String> call(Operation operation) throws Exception {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String value = URLEncoder.encode(parameter.get("example").asText(), StandardCharsets.UTF_8);
            if (parameter.get("in").asText().equals("path")) {
                path = path.replace("{" + parameter.get("name").asText() + "}", value);
            } else {
                query.append(query.length() == 0 ? "?" : "&").append(parameter.get("name").asText()).append('=').append(value);
            }
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        String type = null;
        Iterator<Map.Entry<String, JsonNode>> contents = operation.spec().at("/requestBody/content").fields();
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> first = contents.next();
            type = first.getKey();
            JsonNode example = first.getValue().get("example");
            body = HttpRequest.BodyPublishers.ofString(example.isTextual() ? example.asText() : JSON.writeValueAsString(example));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shared.adminUrl() + path + query))
                .timeout(Duration.ofSeconds(60)).method(operation.method().toUpperCase(), body);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertValid(JsonNode schema, JsonNode value, String what) {
        ObjectNode standalone = schema.deepCopy() instanceof ObjectNode object ? object : JSON.createObjectNode();
        standalone.set("$defs", document.at("/components/schemas"));
        String text = standalone.toString().replace("#/components/schemas/", "#/$defs/");
        Schema compiled = schemas.getSchema(text);
        List<Error> errors = compiled.validate(value);
        assertThat(errors).as("%s: %s against %s", what, value, schema).isEmpty();
    }
}
