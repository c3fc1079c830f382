package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.pki.Certificates;
import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /devices/apple.mobileconfig}: a property list that Python's plistlib reads, with every
 * key of Apple's documented Configuration, com.apple.security.root and com.apple.security.scep
 * payloads present with its documented type, pointing at this server and its CA.
 */
class AppleProfileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** plistlib's view, with each value's plist type beside it, so types are checked as Apple documents them. */
    private static final String TO_JSON = """
            import base64, json, plistlib, sys
            def typed(v):
                if isinstance(v, bool): return {"type": "bool", "value": v}
                if isinstance(v, int): return {"type": "integer", "value": v}
                if isinstance(v, str): return {"type": "string", "value": v}
                if isinstance(v, bytes): return {"type": "data", "value": base64.b64encode(v).decode()}
                if isinstance(v, list): return {"type": "array", "value": [typed(x) for x in v]}
                if isinstance(v, dict): return {"type": "dict", "value": {k: typed(x) for k, x in v.items()}}
                raise SystemExit("unexpected plist value %r" % (v,))
            with open(sys.argv[1], "rb") as f:
                print(json.dumps(typed(plistlib.load(f))))
            """;

    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @TempDir
    Path folder;

    @Test
    void theProfileCarriesApplesDocumentedScepAndRootPayloadKeysWithTheirTypes() throws Exception {
        HttpResponse<byte[]> answer = get("?challenge=" + encode("s3cr&t") + "&subject=" + encode("CN=iphone-1,O=Contoso") + "&keysize=4096");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).hasValue("application/x-apple-aspen-config");
        assertThat(answer.headers().firstValue("content-disposition")).hasValueSatisfying(v -> assertThat(v).contains(".mobileconfig"));
        JsonNode profile = parse(answer.body()).get("value");

        assertTypes(profile, Map.of("PayloadType", "string", "PayloadVersion", "integer", "PayloadIdentifier", "string",
                "PayloadUUID", "string", "PayloadDisplayName", "string", "PayloadContent", "array"));
        assertThat(profile.at("/PayloadType/value").asText()).isEqualTo("Configuration");
        List<JsonNode> payloads = List.of(profile.at("/PayloadContent/value/0/value"), profile.at("/PayloadContent/value/1/value"));

        JsonNode root = payloads.get(0);
        assertTypes(root, Map.of("PayloadType", "string", "PayloadVersion", "integer", "PayloadIdentifier", "string",
                "PayloadUUID", "string", "PayloadContent", "data"));
        assertThat(root.at("/PayloadType/value").asText()).isEqualTo("com.apple.security.root");
        byte[] anchor = Certificates.encoded(ndes.server().pki().trustAnchor());
        assertThat(Base64.getDecoder().decode(root.at("/PayloadContent/value").asText())).isEqualTo(anchor);

        JsonNode scep = payloads.get(1);
        assertTypes(scep, Map.of("PayloadType", "string", "PayloadVersion", "integer", "PayloadIdentifier", "string",
                "PayloadUUID", "string", "PayloadContent", "dict"));
        assertThat(scep.at("/PayloadType/value").asText()).isEqualTo("com.apple.security.scep");
        JsonNode content = scep.at("/PayloadContent/value");
        assertTypes(content, Map.of("URL", "string", "Name", "string", "Subject", "array", "Challenge", "string",
                "Keysize", "integer", "Key Type", "string", "Key Usage", "integer", "Retries", "integer", "RetryDelay", "integer",
                "CAFingerprint", "data"));
        assertThat(content.fieldNames()).toIterable().as("only keys Apple documents for the SCEP payload")
                .isSubsetOf("URL", "Name", "Subject", "Challenge", "Keysize", "Key Type", "Key Usage", "Retries", "RetryDelay",
                        "CAFingerprint", "SubjectAltName", "KeyIsExtractable", "AllowAllAppsAccess");
        assertThat(content.at("/URL/value").asText()).isEqualTo(ndes.scepUrl());
        assertThat(content.at("/Challenge/value").asText()).isEqualTo("s3cr&t");
        assertThat(content.at("/Keysize/value").asInt()).isEqualTo(4096);
        assertThat(content.at("/Key Type/value").asText()).isEqualTo("RSA");
        assertThat(Base64.getDecoder().decode(content.at("/CAFingerprint/value").asText()))
                .isEqualTo(MessageDigest.getInstance("SHA-1").digest(anchor));
        // Subject: [[["CN","iphone-1"]],[["O","Contoso"]]], arrays all the way down, as Apple documents it.
        JsonNode subject = content.at("/Subject/value");
        assertThat(subject.get(0).at("/value/0/value/0/value").asText()).isEqualTo("CN");
        assertThat(subject.get(0).at("/value/0/value/1/value").asText()).isEqualTo("iphone-1");
        assertThat(subject.get(1).at("/value/0/value/0/value").asText()).isEqualTo("O");
        assertThat(subject.get(1).at("/value/0/value/1/value").asText()).isEqualTo("Contoso");
    }

    @Test
    void withoutParametersTheProfileHasNoChallengeAndTheDefaultSubject() throws Exception {
        JsonNode content = parse(get("").body()).at("/value/PayloadContent/value/1/value/PayloadContent/value");
        assertThat(content.has("Challenge")).isFalse();
        assertThat(content.at("/Keysize/value").asInt()).isEqualTo(2048);
        assertThat(content.at("/Subject/value/0/value/0/value/1/value").asText()).isEqualTo("mock-ndes-device");
    }

    @Test
    void aBadSubjectOrKeySizeIsA400ThatSaysWhy() throws Exception {
        HttpResponse<byte[]> badSize = get("?keysize=3000");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(new String(badSize.body(), StandardCharsets.UTF_8)).contains("1024, 2048 or 4096");
        HttpResponse<byte[]> badSubject = get("?subject=" + encode("not a name"));
        assertThat(badSubject.statusCode()).isEqualTo(400);
        assertThat(new String(badSubject.body(), StandardCharsets.UTF_8)).contains("distinguished name");
    }

    @Test
    void theQrCodeHoldsTheProfilesUrlAsTheCallerReachedIt() throws Exception {
        String query = "?challenge=s3cret&subject=" + encode("CN=iphone-2");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.adminUrl()
                + "/devices/apple.mobileconfig.svg" + query)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).hasValue("image/svg+xml");
        String expected = ndes.adminUrl() + "/devices/apple.mobileconfig" + query;
        assertThat(QrSvg.decode(answer.body())).isEqualTo(expected);
        assertThat(answer.headers().firstValue("x-profile-url")).hasValue(expected);
    }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/devices/apple.mobileconfig"
                + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode parse(byte[] plist) throws Exception {
        Path file = Files.write(folder.resolve("profile.mobileconfig"), plist);
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : Processes.require("python3", "python3");
        Processes.Result run = Processes.run(folder, 60, List.of(python, "-c", TO_JSON, file.toString()));
        assertThat(run.exitCode()).as("plistlib reads the profile: %s", run.output()).isZero();
        return JSON.readTree(run.output());
    }

    private static void assertTypes(JsonNode dict, Map<String, String> types) {
        types.forEach((key, type) -> {
            assertThat(dict.has(key)).as("key %s", key).isTrue();
            assertThat(dict.get(key).get("type").asText()).as("type of %s", key).isEqualTo(type);
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
