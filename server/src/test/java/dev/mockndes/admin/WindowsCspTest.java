package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code GET /devices/windows-csp.xml}: well-formed SyncML whose one Atomic block Adds the
 * ClientCertificateInstall SCEP Install nodes with their CSP formats and this server's values, and
 * ends with the Exec of Enroll.
 */
class WindowsCspTest {
    private static final String INSTALL = "./Device/Vendor/MSFT/ClientCertificateInstall/SCEP/pc-1/Install/";

    @RegisterExtension
    static final SharedServer ndes = SharedServer.of(ServerSetup.defaults());

    @Test
    void theSyncMlInstallsEveryScepNodeWithThisServersValuesThenEnrolls() throws Exception {
        HttpResponse<byte[]> answer = get("?id=pc-1&challenge=" + URLEncoder.encode("s3cr&t", StandardCharsets.UTF_8)
                + "&subject=" + URLEncoder.encode("CN=pc-1,O=Contoso", StandardCharsets.UTF_8) + "&keylength=4096");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("application/xml");
        Document syncMl = parse(answer.body());
        assertThat(syncMl.getDocumentElement().getLocalName()).isEqualTo("SyncML");
        Element atomic = (Element) syncMl.getElementsByTagNameNS("*", "Atomic").item(0);
        List<Element> commands = children(atomic);
        assertThat(commands.get(commands.size() - 1).getLocalName()).as("Enroll comes last").isEqualTo("Exec");
        assertThat(text(commands.get(commands.size() - 1), "LocURI")).isEqualTo(INSTALL + "Enroll");

        Map<String, String[]> added = new LinkedHashMap<>();
        commands.stream().filter(c -> c.getLocalName().equals("Add"))
                .forEach(add -> added.put(text(add, "LocURI"), new String[] {text(add, "Format"), text(add, "Data")}));
        assertThat(added).containsKey("./Device/Vendor/MSFT/ClientCertificateInstall/SCEP/pc-1");
        assertThat(added.get(INSTALL + "ServerURL")).containsExactly("chr", ndes.scepUrl());
        assertThat(added.get(INSTALL + "Challenge")).containsExactly("chr", "s3cr&t");
        assertThat(added.get(INSTALL + "SubjectName")).containsExactly("chr", "CN=pc-1,O=Contoso");
        assertThat(added.get(INSTALL + "KeyLength")).containsExactly("int", "4096");
        assertThat(added.get(INSTALL + "CAThumbprint")).containsExactly("chr", ndes.server().caThumbprints().sha1());
        assertThat(added.get(INSTALL + "HashAlgorithm")[0]).isEqualTo("chr");
        assertThat(added.get(INSTALL + "KeyUsage")[0]).isEqualTo("int");
        assertThat(added.get(INSTALL + "EKUMapping")[0]).isEqualTo("chr");
    }

    @Test
    void withoutAChallengeThereIsNoChallengeNode() throws Exception {
        Document syncMl = parse(get("").body());
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < syncMl.getElementsByTagNameNS("*", "LocURI").getLength(); i++) {
            uris.add(syncMl.getElementsByTagNameNS("*", "LocURI").item(i).getTextContent());
        }
        assertThat(uris).contains("./Device/Vendor/MSFT/ClientCertificateInstall/SCEP/mock-ndes/Install/ServerURL")
                .noneMatch(uri -> uri.endsWith("/Challenge"));
    }

    @Test
    void aBadKeyLengthOrIdIsA400ThatSaysWhy() throws Exception {
        assertThat(get("?keylength=3000").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> badId = get("?id=" + URLEncoder.encode("a/b", StandardCharsets.UTF_8));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(new String(badId.body(), StandardCharsets.UTF_8)).contains("letters, digits");
    }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/devices/windows-csp.xml"
                + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !element.getLocalName().equals("CmdID")) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element command, String tag) {
        Node node = command.getElementsByTagNameNS("*", tag).item(0);
        return node == null ? null : node.getTextContent();
    }
}
