package dev.mockndes.ndes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.ndes.log.CmTraceFormat;
import dev.mockndes.ndes.log.IisRequest;
import dev.mockndes.ndes.log.SvcLogFormat;
import dev.mockndes.ndes.log.TraceEntry;
import dev.mockndes.ndes.log.WindowsEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each hop logs for each outcome of the connector's verification, as the troubleshooting articles show it. */
class IntuneConnectorTest {
    private static final Instant NOW = Instant.parse("2026-12-02T14:03:07.123Z");
    private final List<IisRequest> iis = new ArrayList<>();
    private final List<TraceEntry> plugin = new ArrayList<>();
    private final List<TraceEntry> crp = new ArrayList<>();
    private final List<WindowsEvent> events = new ArrayList<>();
    private final IntuneConnector connector = new IntuneConnector(new ConnectorSinks(iis::add, plugin::add, crp::add, events::add),
            Clock.fixed(NOW, ZoneOffset.UTC), "10.0.0.5");

    @Test
    void aVerifiedRequestLeavesThe201TheTrueAndEvent20500() {
        connector.verify(ConnectorOutcome.VERIFIED, "transaction T1 for CN=dev", "");

        assertThat(iis).singleElement().satisfies(line -> {
            assertThat(line.method()).isEqualTo("POST");
            assertThat(line.uriStem()).isEqualTo("/CertificateRegistrationSvc/Certificate/VerifyRequest");
            assertThat(line.userAgent()).isEqualTo("NDES_Plugin");
            assertThat(line.serverPort()).isEqualTo(443);
            assertThat(line.clientIp()).isEqualTo("10.0.0.5");
            assertThat(List.of(line.status(), line.substatus(), (int) line.win32Status())).containsExactly(201, 0, 0);
        });
        assertThat(texts(plugin)).containsExactly("Calling VerifyRequest ...", "Sending request to certificate registration point.",
                "Verify challenge returns true", "Exiting VerifyRequest with 0x0");
        assertThat(texts(crp)).containsExactly("VerifyRequest Started.", "Validation Phase 1 finished with status True.",
                "Validation Phase 3 finished with status True.", "VerifyRequest Finished with status True");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(20500);
            assertThat(event.logName()).isEqualTo("Microsoft-Intune-CertificateConnectors/Admin");
            assertThat(event.message()).startsWith("CRPVerifyMetric_Success").contains("CN=dev", "0x00000000");
        });
    }

    @Test
    void anExpiredChallengeIsEvent20501WithCode0x411AndAFalse() {
        connector.verify(ConnectorOutcome.CHALLENGE_EXPIRED, "transaction T2 for CN=dev", "expired");

        assertThat(iis).singleElement().extracting(IisRequest::status).isEqualTo(201);
        assertThat(texts(plugin)).contains("Verify challenge returns false").doesNotContain("Exiting VerifyRequest with 0x0");
        assertThat(texts(crp)).contains("Validation Phase 3 finished with status False.", "VerifyRequest Finished with status False");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(20501);
            assertThat(event.message()).contains("0x00000411 (CRPSCEPChallenge_Expired)");
        });
    }

    @Test
    void eachCertificateProblemIsEvent20502WithItsDocumentedCode() {
        connector.verify(ConnectorOutcome.ENCRYPTION_CERT_MISSING, "t", "");
        connector.verify(ConnectorOutcome.SIGNING_CERT_MISSING, "t", "");
        connector.verify(ConnectorOutcome.CHALLENGE_UNREADABLE, "t", "");

        assertThat(events).extracting(WindowsEvent::eventId).containsOnly(20502);
        assertThat(events).extracting(WindowsEvent::message).satisfiesExactly(
                m -> assertThat(m).contains("0x00000408 (CRPSCEPCert_NotFound)"),
                m -> assertThat(m).contains("0x00000409 (CRPSCEPSigningCert_NotFound)"),
                m -> assertThat(m).contains("0x00000410 (CRPSCEPDeserialize_Failed)"));
        assertThat(texts(crp)).anyMatch(line -> line.startsWith("Signing certificate could not be retrieved.")
                && line.contains("m_safeCertContext is an invalid handle"));
    }

    @Test
    void anUntrustedClientCertificateIs403Dot16WithTheForbiddenPageInThePluginLogAndNothingFromTheRegistrationPoint() {
        connector.verify(ConnectorOutcome.INTERMEDIATE_IN_ROOT, "t", "");

        assertThat(iis).singleElement().satisfies(line ->
                assertThat(List.of(line.status(), line.substatus(), line.win32Status())).containsExactly(403, 16, 2148204809L));
        assertThat(texts(plugin)).anyMatch(line -> line.startsWith("Verify challenge returns <!DOCTYPE html")
                && line.contains("<title>403 - Forbidden: Access is denied.</title>"));
        assertThat(crp).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aBrokenRegistrationServiceIs500WithEvents5009And1310() {
        connector.verify(ConnectorOutcome.SERVICE_ERROR, "t", "");

        assertThat(iis).singleElement().satisfies(line ->
                assertThat(List.of(line.status(), line.substatus(), (int) line.win32Status())).containsExactly(500, 0, 0));
        assertThat(crp).isEmpty();
        assertThat(events).extracting(WindowsEvent::eventId).containsExactly(5009, 1310);
        assertThat(events.get(0).message()).contains("exit code was '0x0000374'");
        assertThat(events.get(1).message()).contains("Event code: 3007", "A compilation error has occurred.");
    }

    @Test
    void anIssuedCertificateIsReportedWithNotify204() {
        connector.reportIssued("transaction T3 for CN=dev");

        assertThat(iis).singleElement().satisfies(line -> {
            assertThat(line.uriStem()).isEqualTo("/CertificateRegistrationSvc/Certificate/Notify");
            assertThat(line.status()).isEqualTo(204);
        });
        assertThat(texts(plugin)).containsExactly("Calling Notifyrequest ...", "Sending request to certificate registration point.",
                "Exiting Notify with 0x0");
        assertThat(events).extracting(WindowsEvent::eventId).containsExactly(20600);
    }

    @Test
    void thePluginLogIsOneCmTraceLinePerEntryAndTheSvclogOneXmlRecordPerLine() {
        TraceEntry entry = new TraceEntry(NOW, dev.mockndes.ndes.log.EventLevel.WARNING, 41, "Verify challenge returns <a>\r\n&b");

        assertThat(CmTraceFormat.line(entry)).isEqualTo("<![LOG[Verify challenge returns <a> &b]LOG]!><time=\"14:03:07.123+000\" "
                + "date=\"12-02-2026\" component=\"NDESPlugin\" context=\"\" type=\"2\" thread=\"41\" file=\"\">");
        assertThat(SvcLogFormat.line(entry)).doesNotContain("\n", "\r")
                .startsWith("<E2ETraceEvent xmlns=\"http://schemas.microsoft.com/2004/06/E2ETraceEvent\">")
                .contains("<SubType Name=\"Warning\">0</SubType>", "<TimeCreated SystemTime=\"2026-12-02T14:03:07.123Z\" />",
                        "<ApplicationData>Verify challenge returns &lt;a&gt; &amp;b</ApplicationData>")
                .endsWith("</E2ETraceEvent>");
    }

    private static List<String> texts(List<TraceEntry> entries) {
        return entries.stream().map(TraceEntry::text).toList();
    }
}
