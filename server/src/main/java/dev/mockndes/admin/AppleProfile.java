package dev.mockndes.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import dev.mockndes.pki.DistinguishedNames;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * An Apple configuration profile (an XML property list) that enrols an iPhone or a Mac against this
 * server: a root-certificate payload with the trust anchor, and a SCEP payload with the SCEP URL,
 * the challenge, the subject and key size, and the CA's fingerprint. Keys and types follow Apple's
 * documented {@code com.apple.security.scep} and {@code com.apple.security.root} payloads.
 *
 * @param scepUrl     the URL the device enrols at
 * @param trustAnchor the DER certificate devices must trust (the root in a two-tier PKI)
 * @param challenge   the challenge password, empty for none
 * @param subject     the subject to request, e.g. CN=iphone-1,O=Contoso
 * @param keySize     1024, 2048 or 4096
 */
public record AppleProfile(String scepUrl, byte[] trustAnchor, String challenge, X500Name subject, int keySize) {
    /** SCEP key usage: 1 signing, 4 encryption; 5 both, as NDES templates usually allow. */
    private static final int KEY_USAGE = 5;

    public AppleProfile {
        if (keySize != 1024 && keySize != 2048 && keySize != 4096) {
            throw new IllegalArgumentException("keysize must be 1024, 2048 or 4096, not " + keySize);
        }
    }

    /** The profile as an XML property list, UTF-8. Payload UUIDs are fresh each time. */
    public byte[] toPlist() {
        String rootId = UUID.randomUUID().toString().toUpperCase();
        String scepId = UUID.randomUUID().toString().toUpperCase();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                """);
        xml.append("<key>PayloadContent</key>\n<array>\n");
        xml.append("<dict>\n");
        entry(xml, "PayloadType", string("com.apple.security.root"));
        entry(xml, "PayloadVersion", integer(1));
        entry(xml, "PayloadIdentifier", string("dev.mockndes.root." + rootId));
        entry(xml, "PayloadUUID", string(rootId));
        entry(xml, "PayloadDisplayName", string("mock-ndes CA"));
        entry(xml, "PayloadCertificateFileName", string("mock-ndes-ca.cer"));
        entry(xml, "PayloadContent", data(trustAnchor));
        xml.append("</dict>\n<dict>\n");
        entry(xml, "PayloadType", string("com.apple.security.scep"));
        entry(xml, "PayloadVersion", integer(1));
        entry(xml, "PayloadIdentifier", string("dev.mockndes.scep." + scepId));
        entry(xml, "PayloadUUID", string(scepId));
        entry(xml, "PayloadDisplayName", string("mock-ndes SCEP"));
        xml.append("<key>PayloadContent</key>\n<dict>\n");
        entry(xml, "URL", string(scepUrl));
        entry(xml, "Name", string("mock-ndes"));
        entry(xml, "Subject", subjectArray());
        if (!challenge.isEmpty()) {
            entry(xml, "Challenge", string(challenge));
        }
        entry(xml, "Keysize", integer(keySize));
        entry(xml, "Key Type", string("RSA"));
        entry(xml, "Key Usage", integer(KEY_USAGE));
        entry(xml, "Retries", integer(3));
        entry(xml, "RetryDelay", integer(10));
        entry(xml, "CAFingerprint", data(sha1(trustAnchor)));
        xml.append("</dict>\n</dict>\n</array>\n");
        String profileId = UUID.randomUUID().toString().toUpperCase();
        entry(xml, "PayloadType", string("Configuration"));
        entry(xml, "PayloadVersion", integer(1));
        entry(xml, "PayloadIdentifier", string("dev.mockndes.profile." + profileId));
        entry(xml, "PayloadUUID", string(profileId));
        entry(xml, "PayloadDisplayName", string("mock-ndes enrolment"));
        entry(xml, "PayloadDescription", string("Trusts the mock-ndes CA and enrols a certificate from " + scepUrl));
        entry(xml, "PayloadOrganization", string("mock-ndes"));
        xml.append("</dict>\n</plist>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Apple's subject form: an array of RDNs, each an array of [OID short name, value] pairs. */
    private String subjectArray() {
        StringBuilder array = new StringBuilder("<array>\n");
        for (var rdn : DistinguishedNames.rdns(subject)) {
            array.append("<array>\n");
            rdn.forEach(pair -> array.append("<array>").append(string(pair.getKey())).append(string(pair.getValue()))
                    .append("</array>\n"));
            array.append("</array>\n");
        }
        return array.append("</array>").toString();
    }

    private static void entry(StringBuilder xml, String key, String value) {
        xml.append("<key>").append(escape(key)).append("</key>\n").append(value).append('\n');
    }

    private static String string(String value) {
        return "<string>" + escape(value) + "</string>";
    }

    private static String integer(int value) {
        return "<integer>" + value + "</integer>";
    }

    private static String data(byte[] value) {
        return "<data>" + Base64.getEncoder().encodeToString(value) + "</data>";
    }

    private static byte[] sha1(byte[] value) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(value);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
