package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.common.profile.NdesProfile;
import dev.mockndes.common.profile.ProfileComparison;
import dev.mockndes.common.profile.ProfileFiles;
import dev.mockndes.common.profile.ProfileProbe;
import dev.mockndes.common.profile.RecordedCertificate;
import dev.mockndes.harness.HarnessCommand;
import dev.mockndes.harness.record.Recorder;
import dev.mockndes.support.Processes;
import dev.mockndes.support.ServerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record and replay: {@code scep-harness record} reads a server, {@code mock-ndes serve --profile}
 * replays the profile, and a recording of the replay equals the original in every field a client
 * sees (except keys, serials, absolute dates and Date headers; see {@link ProfileComparison}).
 * Recorded from the mock under two different settings and from micromdm's scepserver; then real
 * clients enrol against replays.
 */
class ProfileRecordReplayTest {
    private static final String CHALLENGE = "s3cret";

    @ParameterizedTest(name = "mock-ndes serve {0}")
    @ValueSource(strings = {"--challenge s3cret",
            "--challenge s3cret --two-tier --caps-profile ndes --caps-without-content-type --intune-connector missing"})
    void aReplayOfTheMockLooksLikeTheMockFieldByField(String settings, @TempDir Path dir) throws Exception {
        NdesProfile original;
        try (ServerProcess ndes = ServerProcess.serve(settings.split(" "))) {
            original = recordWithTheCommandLine(ndes.scepUrl(), dir.resolve("original.json"));
        }
        assertThat(original.caCert().certificates()).hasSize(settings.contains("--two-tier") ? 4 : 3);
        assertThat(original.answer(ProfileProbe.GET_CA_CAPS).orElseThrow().header("Server")).contains("Microsoft-IIS/10.0");

        NdesProfile replay = recordReplayOf(dir.resolve("original.json"));

        assertThat(ProfileComparison.differences(original, replay)).isEmpty();
    }

    @Test
    void twoDifferentSettingsDifferInTheFieldsTheyChange(@TempDir Path dir) throws Exception {
        NdesProfile plain;
        NdesProfile ndesLike;
        try (ServerProcess ndes = ServerProcess.serve()) {
            plain = record(ndes.scepUrl());
        }
        try (ServerProcess ndes = ServerProcess.serve("--two-tier", "--caps-profile", "ndes", "--intune-connector", "missing")) {
            ndesLike = record(ndes.scepUrl());
        }

        assertThat(ProfileComparison.differences(plain, ndesLike)).anyMatch(d -> d.startsWith("get-ca-caps.body"))
                .anyMatch(d -> d.startsWith("browse.status")).anyMatch(d -> d.startsWith("caCert: 3 certificates, then 4"));
    }

    @Test
    void aReplayOfMicromdmScepserverLooksLikeItFieldByField(@TempDir Path dir) throws Exception {
        NdesProfile original;
        try (MicromdmScepServer scepserver = MicromdmScepServer.start(dir, 2048, "Record Test Org")) {
            original = record(scepserver.scepUrl());
        }
        Path file = dir.resolve("scepserver.json");
        ProfileFiles.write(original, file);
        RecordedCertificate ca = original.caCert().certificates().get(0);
        assertThat(original.caCert().format()).isEqualTo("der");
        assertThat(ca.subject()).contains("O=Record Test Org");
        assertThat(ca.key().bits()).isEqualTo(2048);
        assertThat(original.answer(ProfileProbe.GET_CA_CAPS).orElseThrow().header("Server")).isEmpty();
        assertThat(original.answer(ProfileProbe.UNKNOWN_OPERATION).orElseThrow().status()).isEqualTo(500);

        NdesProfile replay = recordReplayOf(file);

        assertThat(ProfileComparison.differences(original, replay)).isEmpty();
    }

    @Test
    void scepclientEnrolsAgainstAReplayAndTheCertificateChainsToTheReplayedCa(@TempDir Path dir) throws Exception {
        String scepclient = Processes.require("scepclient", "scep");
        String openssl = Processes.require("openssl", "openssl");
        Path profile = dir.resolve("profile.json");
        try (ServerProcess ndes = ServerProcess.serve("--challenge", CHALLENGE)) {
            ProfileFiles.write(record(ndes.scepUrl()), profile);
        }
        try (ServerProcess replay = ServerProcess.serve("--profile", profile.toString(), "--challenge", CHALLENGE)) {
            var enrol = Processes.run(dir, 60, List.of(scepclient, "-server-url", replay.scepUrl(), "-challenge", CHALLENGE,
                    "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                    "-cn", "replayed-device"));
            assertThat(enrol.output()).contains("pkiStatus=SUCCESS");
            var issuer = Processes.run(dir, 30, List.of(openssl, "x509", "-in", dir.resolve("cert.pem").toString(), "-noout", "-issuer"));
            String recordedCa = NdesProfileNames.caSubject(ProfileFiles.read(profile));
            assertThat(issuer.output()).contains(recordedCa);
        }
    }

    @Test
    void scepclientEnrolsAgainstAReplayOfScepserverWhoseCaIsAlsoTheRa(@TempDir Path dir) throws Exception {
        String scepclient = Processes.require("scepclient", "scep");
        Path profile = dir.resolve("scepserver.json");
        try (MicromdmScepServer scepserver = MicromdmScepServer.start(dir, 2048, "Replay CA Org")) {
            ProfileFiles.write(record(scepserver.scepUrl()), profile);
        }
        try (ServerProcess replay = ServerProcess.serve("--profile", profile.toString(), "--challenge", CHALLENGE)) {
            var enrol = Processes.run(dir, 60, List.of(scepclient, "-server-url", replay.scepUrl(), "-challenge", CHALLENGE,
                    "-private-key", dir.resolve("key.pem").toString(), "-certificate", dir.resolve("cert.pem").toString(),
                    "-cn", "replayed-go-device"));
            assertThat(enrol.output()).contains("pkiStatus=SUCCESS");
            assertThat(dir.resolve("cert.pem")).exists();
        }
    }

    @Test
    void aDamagedProfileStopsServeWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("damaged.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"recordedFrom\": \"http://x/\",\n  \"recordedAt\": \"yesterday\",\n"
                + "  \"answers\": []\n}\n");
        Process process = ServerProcess.launch("--profile", file.toString());
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains(file + ":").contains("recordedAt 'yesterday' is not an ISO-8601 instant").doesNotContain("Exception");
    }

    @Test
    void aScenarioNamesItsProfileRelativeToItsOwnFolderAndARunningServerRefusesAnother(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profiles").resolve("contoso.json");
        Files.createDirectories(profile.getParent());
        NdesProfile original;
        try (ServerProcess ndes = ServerProcess.serve("--caps", "SHA-256,DES3")) {
            original = record(ndes.scepUrl());
        }
        ProfileFiles.write(original, profile);
        Path scenario = dir.resolve("looks-like-contoso.yaml");
        Files.writeString(scenario, "name: looks-like-contoso\ntitle: Our NDES, as recorded\nprofile: profiles/contoso.json\n");

        try (ServerProcess replay = ServerProcess.serve("--scenario", scenario.toString())) {
            assertThat(ProfileComparison.differences(original, record(replay.scepUrl()))).isEmpty();
        }
        try (ServerProcess plain = ServerProcess.serve()) {
            var refused = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(plain.adminUrl() + "/scenario"))
                    .header("Content-Type", "application/yaml").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "name: looks-like-contoso\ntitle: Our NDES\nprofile: " + profile + "\n")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("restart with 'mock-ndes serve --scenario FILE'");
        }
    }

    @Test
    void aScenarioWhoseProfileDoesNotReadIsReportedAtItsProfileKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\n  \"version\": 1,\n  \"surprise\": true\n}\n");
        Path scenario = dir.resolve("broken-look.yaml");
        Files.writeString(scenario, "name: broken-look\ntitle: A look that does not read\nprofile: broken.json\n");
        Process process = ServerProcess.launch("--scenario", scenario.toString());
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains(scenario + ":3:").contains("the profile does not read: " + dir.resolve("broken.json") + ":")
                .containsPattern("broken\\.json:\\d+: (missing key|unknown key)").doesNotContain("Exception");
    }

    private static NdesProfile record(String scepUrl) {
        return new Recorder(Duration.ofSeconds(10), Clock.systemUTC(), "test").record(URI.create(scepUrl));
    }

    private static NdesProfile recordWithTheCommandLine(String scepUrl, Path out) {
        StringWriter printed = new StringWriter();
        int exit = HarnessCommand.commandLine().setOut(new PrintWriter(printed)).execute("record", scepUrl, "--out", out.toString());
        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("recorded " + scepUrl + " into " + out);
        return ProfileFiles.read(out);
    }

    private static NdesProfile recordReplayOf(Path profile) throws Exception {
        try (ServerProcess replay = ServerProcess.serve("--profile", profile.toString(), "--challenge", CHALLENGE)) {
            return record(replay.scepUrl());
        }
    }

    /** The recorded CA's common name as openssl prints it. */
    private static final class NdesProfileNames {
        static String caSubject(NdesProfile profile) {
            RecordedCertificate ca = profile.caCert().certificates().stream().filter(c -> c.selfSigned(profile.caCert().certificates().indexOf(c)))
                    .findFirst().orElseThrow();
            java.util.regex.Matcher commonName = java.util.regex.Pattern.compile("CN=([^,]+)").matcher(ca.subject());
            assertThat(commonName.find()).as(ca.subject()).isTrue();
            return "CN = " + commonName.group(1);
        }
    }
}
