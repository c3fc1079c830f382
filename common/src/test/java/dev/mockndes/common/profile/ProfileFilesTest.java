package dev.mockndes.common.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFilesTest {

    static NdesProfile sample() {
        RecordedCertificate ca = new RecordedCertificate("CN=Contoso CA", "MBYxFDASBgNVBAMMC0NvbnRvc28gQ0E=", "CN=Contoso CA",
                "MBYxFDASBgNVBAMMC0NvbnRvc28gQ0E=", 0, 3, new RecordedKey("RSA", 2048, null), "SHA256withRSA",
                "2025-01-01T00:00:00Z", "2035-01-01T00:00:00Z",
                List.of(new RecordedExtension("2.5.29.19", "basicConstraints", true, "MAMBAf8=", "CA:true"),
                        new RecordedExtension(RecordedExtension.SUBJECT_KEY_IDENTIFIER, null, false, null, null)));
        return new NdesProfile(NdesProfile.VERSION, "http://ndes/certsrv/mscep/mscep.dll", "2026-01-01T00:00:00Z", "test",
                List.of(RecordedAnswer.of(ProfileProbe.GET_CA_CAPS, "GET /", 200, "OK",
                                List.of("Content-Type: text/plain", "Server: Microsoft-IIS/10.0"), "SHA-256\r\nDES3\r\n".getBytes(StandardCharsets.UTF_8)),
                        RecordedAnswer.of(ProfileProbe.BROWSE, "GET /", 403, "Forbidden", List.of("Server: Microsoft-IIS/10.0"),
                                new byte[] {0, 1, (byte) 0xff})),
                new RecordedChain(RecordedChain.PKCS7, List.of(ca)));
    }

    @Test
    void aWrittenProfileReadsBackEqualWithItsBytesExact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        ProfileFiles.write(sample(), file);

        NdesProfile read = ProfileFiles.read(file);

        assertThat(read).isEqualTo(sample());
        assertThat(read.answer(ProfileProbe.GET_CA_CAPS).orElseThrow().body()).isEqualTo("SHA-256\r\nDES3\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read.answer(ProfileProbe.BROWSE).orElseThrow().body()).containsExactly(0, 1, 0xff);
        assertThat(ProfileComparison.differences(sample(), read)).isEmpty();
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        String text = ProfileFiles.write(sample()).replace("\"recordedBy\" : \"test\",", "\"recordedBy\" : \"test\",\n  \"colour\" : 1,");
        int line = lineOf(text, "colour");

        assertThatThrownBy(() -> ProfileFiles.parse(text, "p.json")).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("p.json:" + line + ": unknown key 'colour'").hasMessageContaining("recordedAt");
    }

    @Test
    void aMissingKeyAWrongValueAndAWrongTypeSayWhereAndWhat() {
        String noStatus = ProfileFiles.write(sample()).replaceFirst("\"status\" : 200,", "");
        String badBits = ProfileFiles.write(sample()).replace("\"bits\" : 2048", "\"bits\" : 12");
        String wrongType = ProfileFiles.write(sample()).replace("\"bits\" : 2048", "\"bits\" : \"many\"");

        assertThatThrownBy(() -> ProfileFiles.parse(noStatus, "p.json")).hasMessageMatching("p\\.json:\\d+: answers\\[0\\]: missing key 'status'");
        assertThatThrownBy(() -> ProfileFiles.parse(badBits, "p.json"))
                .hasMessageMatching("p\\.json:\\d+: .*an RSA key of 12 bits cannot be replayed \\(512 to 16384\\)");
        assertThatThrownBy(() -> ProfileFiles.parse(wrongType, "p.json")).hasMessageStartingWith("p.json:" + lineOf(wrongType, "many") + ": ")
                .hasMessageContaining("caCert.certificates[0].key.bits").hasMessageNotContaining("java.").hasMessageNotContaining("`");
    }

    @Test
    void anotherVersionADuplicateKeyAndBrokenJsonAreRefused() {
        String future = ProfileFiles.write(sample()).replace("\"version\" : 1", "\"version\" : 7");
        String duplicate = ProfileFiles.write(sample()).replace("\"recordedBy\" : \"test\",", "\"recordedBy\" : \"test\",\n  \"recordedBy\" : \"again\",");

        assertThatThrownBy(() -> ProfileFiles.parse(future, "p.json")).hasMessageContaining("profile version 7 is not readable");
        assertThatThrownBy(() -> ProfileFiles.parse(duplicate, "p.json")).hasMessageStartingWith("p.json:" + lineOf(duplicate, "again") + ": ")
                .hasMessageContaining("recordedBy");
        assertThatThrownBy(() -> ProfileFiles.parse("{\n\"version\": 1,\n", "p.json")).hasMessageStartingWith("p.json:");
        assertThatThrownBy(() -> ProfileFiles.parse("", "p.json")).hasMessage(
                "p.json:1: the profile is empty; record one with 'scep-harness record URL --out FILE'");
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> ProfileFiles.read(dir.resolve("absent.json"))).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(dir.resolve("absent.json") + ": cannot read the profile file");
    }

    @Test
    void theComparisonFindsEveryChangedFieldButNotTheDateHeaderOrAbsoluteDates() {
        NdesProfile a = sample();
        RecordedCertificate ca = a.caCert().certificates().get(0);
        RecordedCertificate later = new RecordedCertificate(ca.subject(), ca.subjectDer(), ca.issuer(), ca.issuerDer(), 0, 3, ca.key(),
                ca.signatureAlgorithm(), "2026-01-01T00:00:00Z", "2036-01-01T00:00:00Z", ca.extensions());
        RecordedCertificate bigger = new RecordedCertificate(ca.subject(), ca.subjectDer(), ca.issuer(), ca.issuerDer(), 0, 3,
                new RecordedKey("RSA", 4096, null), "SHA1withRSA", ca.notBefore(), "2036-01-01T00:00:00Z", ca.extensions());
        NdesProfile shifted = new NdesProfile(1, "x", a.recordedAt(), null, List.of(
                withHeader(a.answers().get(0), "Date: Mon, 01 Jan 2024 00:00:00 GMT"), a.answers().get(1)),
                new RecordedChain(RecordedChain.PKCS7, List.of(later)));
        NdesProfile changed = new NdesProfile(1, "x", a.recordedAt(), null, List.of(
                withHeader(a.answers().get(0), "X-Powered-By: ASP.NET"), a.answers().get(1)),
                new RecordedChain(RecordedChain.PKCS7, List.of(bigger)));

        assertThat(ProfileComparison.differences(withDate(a), shifted)).isEmpty();
        assertThat(ProfileComparison.differences(a, changed)).hasSize(4)
                .anyMatch(d -> d.startsWith("get-ca-caps.headers")).anyMatch(d -> d.startsWith("caCert[0].key"))
                .anyMatch(d -> d.startsWith("caCert[0].signatureAlgorithm")).anyMatch(d -> d.startsWith("caCert[0].validity length"));
    }

    private static NdesProfile withDate(NdesProfile p) {
        return new NdesProfile(1, p.recordedFrom(), p.recordedAt(), p.recordedBy(), List.of(
                withHeader(p.answers().get(0), "Date: Tue, 02 Dec 2026 10:00:00 GMT"), p.answers().get(1)), p.caCert());
    }

    private static RecordedAnswer withHeader(RecordedAnswer answer, String header) {
        List<String> headers = new java.util.ArrayList<>(answer.headers());
        headers.add(header);
        return new RecordedAnswer(answer.probe(), answer.request(), answer.status(), answer.reason(), headers, answer.bodyText(),
                answer.bodyBase64());
    }

    private static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker + " not in the text");
    }
}
