package dev.mockndes.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SyncML an MDM sends a Windows device to enrol against this server through the
 * ClientCertificateInstall CSP: one Atomic block that Adds every SCEP/{UniqueID}/Install node
 * (ServerURL, Challenge, SubjectName, KeyLength, HashAlgorithm, CAThumbprint, …) and ends with the
 * Exec of Enroll, as Microsoft's CSP documentation requires.
 *
 * @param uniqueId     the {UniqueID} node under SCEP
 * @param scepUrl      the URL the device enrols at
 * @param caThumbprint the SHA-1 thumbprint of the trust anchor, upper-case hex
 * @param challenge    the challenge password, empty for none
 * @param subject      the subject to request, e.g. CN=pc-1
 * @param keyLength    1024, 2048 or 4096
 */
public record WindowsCspProfile(String uniqueId, String scepUrl, String caThumbprint, String challenge, String subject,
                                int keyLength) {
    static final String ROOT = "./Device/Vendor/MSFT/ClientCertificateInstall/SCEP/";
    /** Client authentication. */
    private static final String CLIENT_AUTH_EKU = "1.3.6.1.5.5.7.3.2";

    public WindowsCspProfile {
        if (keyLength != 1024 && keyLength != 2048 && keyLength != 4096) {
            throw new IllegalArgumentException("keylength must be 1024, 2048 or 4096, not " + keyLength);
        }
        if (!uniqueId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("id may hold only letters, digits, '-' and '_', not '" + uniqueId + "'");
        }
    }

    /** A node of the Install group, its CSP format and its value. */
    record Node(String name, String format, String value) {
    }

    List<Node> nodes() {
        List<Node> nodes = new java.util.ArrayList<>(List.of(
                new Node("ServerURL", "chr", scepUrl),
                new Node("SubjectName", "chr", subject),
                new Node("KeyUsage", "int", "160"),
                new Node("KeyLength", "int", Integer.toString(keyLength)),
                new Node("HashAlgorithm", "chr", "SHA-256"),
                new Node("EKUMapping", "chr", CLIENT_AUTH_EKU),
                new Node("CAThumbprint", "chr", caThumbprint),
                new Node("KeyProtection", "int", "2"),
                new Node("RetryCount", "int", "3"),
                new Node("RetryDelay", "int", "1"),
                new Node("ValidPeriod", "chr", "Years"),
                new Node("ValidPeriodUnits", "int", "1")));
        if (!challenge.isEmpty()) {
            nodes.add(1, new Node("Challenge", "chr", challenge));
        }
        return nodes;
    }

    /** The SyncML document, UTF-8. */
    public byte[] toSyncMl() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SyncML xmlns=\"SYNCML:SYNCML1.2\">\n"
                + "  <SyncBody>\n    <Atomic>\n      <CmdID>1</CmdID>\n");
        int id = 2;
        String install = ROOT + uniqueId + "/Install/";
        xml.append("      <Add>\n        <CmdID>").append(id++).append("</CmdID>\n        <Item>\n          <Target><LocURI>")
                .append(ROOT).append(uniqueId).append("</LocURI></Target>\n          <Meta><Format xmlns=\"syncml:metinf\">node</Format>"
                        + "</Meta>\n        </Item>\n      </Add>\n");
        for (Node node : nodes()) {
            xml.append("      <Add>\n        <CmdID>").append(id++).append("</CmdID>\n        <Item>\n          <Target><LocURI>")
                    .append(install).append(node.name()).append("</LocURI></Target>\n          <Meta><Format xmlns=\"syncml:metinf\">")
                    .append(node.format()).append("</Format></Meta>\n          <Data>").append(escape(node.value()))
                    .append("</Data>\n        </Item>\n      </Add>\n");
        }
        xml.append("      <Exec>\n        <CmdID>").append(id).append("</CmdID>\n        <Item>\n          <Target><LocURI>")
                .append(install).append("Enroll</LocURI></Target>\n        </Item>\n      </Exec>\n");
        xml.append("    </Atomic>\n    <Final/>\n  </SyncBody>\n</SyncML>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
