package dev.mockndes.fault;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mockndes.fault.RecordingInjector.Call;
import dev.mockndes.ndes.NdesPages;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.mockndes.ndes.CaRefusal;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each fault type on its own against a {@link RecordingInjector}, as toxiproxy tests each toxic: the
 * one verb it calls and that verb's exact arguments. A registered type without a case here fails
 * {@link #everyRegisteredFaultTypeHasACase()}.
 */
class FaultInjectionTest {
    private static final Map<Class<? extends Fault>, Runnable> CASES = Map.ofEntries(
            entry(IisError.class, FaultInjectionTest::iisErrorAnswersWithTheIisPageAndItsLogTuple),
            entry(HttpSysError.class, FaultInjectionTest::httpSysErrorRefusesBeforeTheSiteWithItsReason),
            entry(GatewayTimeout.class, FaultInjectionTest::gatewayTimeoutAnswersAsTheProxyAfterTheWait),
            entry(ConnectionReset.class, FaultInjectionTest::resetResetsTheConnection),
            entry(CloseWithoutResponse.class, FaultInjectionTest::closeClosesWithoutAnswer),
            entry(Hang.class, FaultInjectionTest::hangHangsAtMostMaxMillis),
            entry(Delay.class, FaultInjectionTest::delayProceedsAfterMillisPlusTheDrawnJitter),
            entry(WrongContentType.class, FaultInjectionTest::wrongContentTypeOverridesTheContentType),
            entry(TruncatedBody.class, FaultInjectionTest::truncatedBodyCutsTheBodyAtTheFraction),
            entry(ScepFailureFault.class, FaultInjectionTest::scepFailureAnswersFailureWithTheFailInfo),
            entry(ConnectorRefusal.class, FaultInjectionTest::connectorRefusalHandsTheOutcomeToTheConnector),
            entry(PendingForever.class, FaultInjectionTest::pendingAnswersPending),
            entry(SlowBody.class, FaultInjectionTest::slowBodySendsAtTheRate),
            entry(Garbage.class, FaultInjectionTest::garbageSendsTheBytesThenCloses),
            entry(RaCertificates.class, FaultInjectionTest::raCertificatesAnswerGetCaCertWithTheVariant),
            entry(CaCertificatesVariant.class, FaultInjectionTest::caCertificatesAnswerGetCaCertWithTheNamedSet),
            entry(GeneralPage.class, FaultInjectionTest::generalPageAnswersWithTheGeneralNdesPage),
            entry(CapsAnswer.class, FaultInjectionTest::capsAnswersGetCaCapsWithTheProfileOrKeywords),
            entry(CaRefusalFault.class, FaultInjectionTest::caRefusalRefusesAtTheCaWithItsCodesAndAnswer),
            entry(AdminPasswordUndecryptable.class, FaultInjectionTest::adminPasswordUndecryptableFailsTheAdminPage),
            entry(AdminGateway.class, FaultInjectionTest::adminGatewayStandsInFrontOfTheAdminPage),
            entry(TlsHandshake.class, FaultInjectionTest::tlsHandshakeLetsARequestThatGotThroughTheHandshakeProceed));

    @Test
    void everyRegisteredFaultTypeHasACase() {
        assertThat(CASES.keySet()).as("a case per registered fault type").containsExactlyInAnyOrderElementsOf(FaultTypes.classes());
    }

    @TestFactory
    Stream<DynamicTest> eachFaultTypeCallsItsOneVerb() {
        return FaultTypes.classes().stream().filter(CASES::containsKey)
                .map(type -> dynamicTest(FaultTypes.nameOf(type), () -> CASES.get(type).run()));
    }

    /** The one call {@code fault} makes on an injector that draws {@code draw}. */
    private static Call only(Fault fault, long draw) {
        List<Call> calls = RecordingInjector.applying(fault, draw).calls();
        assertThat(calls).as("exactly one verb per faulted request").hasSize(1);
        return calls.get(0);
    }

    private static Call only(Fault fault) {
        return only(fault, 0);
    }

    private static WebResponse response(Call call, String verb, int index) {
        assertThat(call.verb()).isEqualTo(verb);
        return (WebResponse) call.arg(index);
    }

    private static String text(WebResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static void iisErrorAnswersWithTheIisPageAndItsLogTuple() {
        WebResponse page = response(only(new IisError(500, 0, 1346)), "respond", 0);
        assertThat(List.of(page.status(), page.substatus(), page.win32Status())).containsExactly(500, 0, 1346L);
        assertThat(page.contentType()).isEqualTo(IisErrorPage.CONTENT_TYPE);
        assertThat(page.body()).isEqualTo(IisErrorPage.of(500, 0, 1346).html());
    }

    static void httpSysErrorRefusesBeforeTheSiteWithItsReason() {
        Call call = only(new HttpSysError(503, "AppOffline"));
        WebResponse answer = response(call, "refuseInHttpSys", 0);
        assertThat(call.arg(1)).isEqualTo("AppOffline");
        assertThat(List.of(answer.status(), answer.substatus(), answer.win32Status())).containsExactly(503, 0, 0L);
        assertThat(answer.contentType()).isEqualTo("text/html; charset=us-ascii");
        assertThat(text(answer)).contains("<h2>Service Unavailable</h2>", "HTTP Error 503. The service is unavailable.");
    }

    static void gatewayTimeoutAnswersAsTheProxyAfterTheWait() {
        Call call = only(new GatewayTimeout(2500L));
        WebResponse answer = response(call, "respondAsProxy", 1);
        assertThat(call.arg(0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.contentType()).isEqualTo("text/html");
        assertThat(text(answer)).contains("<h1>GatewayTimeout</h1>");
        assertThat(only(new GatewayTimeout(null)).arg(0)).as("default wait").isEqualTo(Duration.ZERO);
    }

    static void resetResetsTheConnection() {
        assertThat(only(new ConnectionReset())).isEqualTo(new Call("reset"));
    }

    static void closeClosesWithoutAnswer() {
        assertThat(only(new CloseWithoutResponse())).isEqualTo(new Call("closeWithoutResponse"));
    }

    static void hangHangsAtMostMaxMillis() {
        assertThat(only(new Hang(5000L))).isEqualTo(new Call("hang", Duration.ofSeconds(5)));
        assertThat(only(new Hang(null))).as("default").isEqualTo(new Call("hang", Duration.ofSeconds(120)));
    }

    static void delayProceedsAfterMillisPlusTheDrawnJitter() {
        assertThat(only(new Delay(100, 50), 30)).isEqualTo(new Call("proceedAfter", Duration.ofMillis(130)));
        assertThat(only(new Delay(100, 50), 999)).as("jitter is at most jitterMillis").isEqualTo(new Call("proceedAfter", Duration.ofMillis(150)));
        RecordingInjector steady = RecordingInjector.applying(new Delay(100, 0), 30);
        assertThat(steady.calls()).containsExactly(new Call("proceedAfter", Duration.ofMillis(100)));
        assertThat(steady.draws()).as("no jitter, no draw").isZero();
    }

    static void wrongContentTypeOverridesTheContentType() {
        assertThat(only(new WrongContentType("text/html"))).isEqualTo(new Call("overrideContentType", "text/html"));
    }

    static void truncatedBodyCutsTheBodyAtTheFraction() {
        assertThat(only(new TruncatedBody(0.25))).isEqualTo(new Call("truncateBody", 0.25));
        assertThat(only(new TruncatedBody(null))).as("default").isEqualTo(new Call("truncateBody", 0.5));
    }

    static void scepFailureAnswersFailureWithTheFailInfo() {
        assertThat(only(new ScepFailureFault("badRequest"))).isEqualTo(new Call("scepFailure", FailInfo.BAD_REQUEST));
        assertThat(only(new ScepFailureFault("badTime"))).isEqualTo(new Call("scepFailure", FailInfo.BAD_TIME));
    }

    static void connectorRefusalHandsTheOutcomeToTheConnector() {
        assertThat(only(new ConnectorRefusal("intermediate-in-root")))
                .isEqualTo(new Call("connectorRefusal", ConnectorOutcome.INTERMEDIATE_IN_ROOT));
        assertThat(only(new ConnectorRefusal("signing-cert-missing")))
                .isEqualTo(new Call("connectorRefusal", ConnectorOutcome.SIGNING_CERT_MISSING));
        assertThatThrownBy(() -> new ConnectorRefusal("verified")).hasMessageContaining("challenge-expired");
    }

    static void caRefusalRefusesAtTheCaWithItsCodesAndAnswer() {
        assertThat(only(new CaRefusalFault("0x800706ba", "The RPC server is unavailable.", null, null, null))).isEqualTo(new Call("refuseAtCa",
                new CaRefusal(0x800706ba, "The RPC server is unavailable.", Optional.empty(), CaRefusal.Answer.SCEP_FAILURE, FailInfo.BAD_REQUEST)));
        assertThat(only(new CaRefusalFault("0x80004005", "The requested certificate template is not supported by this CA.", "0x80094800",
                "http-500", "badCertId"))).isEqualTo(new Call("refuseAtCa", new CaRefusal(0x80004005,
                "The requested certificate template is not supported by this CA.", Optional.of(0x80094800), CaRefusal.Answer.HTTP_500,
                FailInfo.BAD_CERT_ID)));
    }

    static void adminPasswordUndecryptableFailsTheAdminPage() {
        assertThat(only(new AdminPasswordUndecryptable())).isEqualTo(new Call("adminPasswordUndecryptable"));
    }

    static void adminGatewayStandsInFrontOfTheAdminPage() {
        AdminGateway gateway = new AdminGateway("basic-only");
        assertThat(only(gateway)).isEqualTo(new Call("inFrontOfAdmin", gateway));
        assertThatThrownBy(() -> new AdminGateway("ntlm-only")).hasMessageContaining("answers-anonymous, closes-after-challenge, basic-only");
    }

    @Test
    void caRefusalTellsWhatIsWrongWithItsKeys() {
        assertThatThrownBy(() -> new CaRefusalFault("800706ba", "x", null, null, null)).hasMessageContaining("0x followed by 8 hex digits");
        assertThatThrownBy(() -> new CaRefusalFault("0x800706ba", "x", null, "500", null)).hasMessageContaining("scep-failure, http-500");
        assertThatThrownBy(() -> new CaRefusalFault("0x800706ba", " ", null, null, null)).hasMessageContaining("reason is the text");
    }

    static void pendingAnswersPending() {
        assertThat(only(new PendingForever())).isEqualTo(new Call("scepPending"));
    }

    static void slowBodySendsAtTheRate() {
        assertThat(only(new SlowBody(10))).isEqualTo(new Call("slowBody", 10));
    }

    static void garbageSendsTheBytesThenCloses() {
        assertThat(only(new Garbage(16))).isEqualTo(new Call("garbageThenClose", 16));
        assertThat(only(new Garbage(null))).as("default").isEqualTo(new Call("garbageThenClose", 64));
    }

    static void raCertificatesAnswerGetCaCertWithTheVariant() {
        assertThat(only(new RaCertificates(-30, -1, false))).isEqualTo(new Call("caCertificates", new RaVariant(-30, -1, false)));
        assertThat(only(new RaCertificates(-30, -1, null))).as("issued by the CA by default")
                .isEqualTo(new Call("caCertificates", new RaVariant(-30, -1, true)));
    }

    static void caCertificatesAnswerGetCaCertWithTheNamedSet() {
        assertThat(only(new CaCertificatesVariant("ra-chained-to-old-ca")))
                .isEqualTo(new Call("caCertificateSet", dev.mockndes.pki.CaCertVariant.RA_CHAINED_TO_OLD_CA));
        assertThat(only(new CaCertificatesVariant("encryption-ra-without-key-encipherment")))
                .isEqualTo(new Call("caCertificateSet", dev.mockndes.pki.CaCertVariant.ENCRYPTION_RA_WITHOUT_KEY_ENCIPHERMENT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaCertificatesVariant("sha1"))
                .hasMessageContaining("unknown variant 'sha1'").hasMessageContaining("ca-signed-sha1");
    }

    static void generalPageAnswersWithTheGeneralNdesPage() {
        WebResponse page = response(only(new GeneralPage()), "respond", 0);
        WebResponse expected = NdesPages.generalPage();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo(expected.contentType());
        assertThat(page.body()).isEqualTo(expected.body());
    }

    static void capsAnswersGetCaCapsWithTheProfileOrKeywords() {
        WebResponse ndes = response(only(new CapsAnswer("ndes", null)), "respond", 0);
        assertThat(ndes.status()).isEqualTo(200);
        assertThat(ndes.contentType()).isEqualTo("text/plain");
        assertThat(text(ndes)).isEqualTo("POSTPKIOperation\nRenewal\nSHA-512\nSHA-256\nSHA-1\nDES3\n");
        WebResponse keywords = response(only(new CapsAnswer(null, List.of("GetNextCACert", "SHA-256"))), "respond", 0);
        assertThat(text(keywords)).isEqualTo("GetNextCACert\nSHA-256\n");
    }

    static void tlsHandshakeLetsARequestThatGotThroughTheHandshakeProceed() {
        assertThat(only(new TlsHandshake("wrong-host"))).isEqualTo(new Call("proceedAfter", Duration.ZERO));
        assertThat(new FaultPlan(List.of(new Rule(null, new TlsHandshake("expired-certificate"), null, null, null)), List.of(), null)
                .tlsDefect()).as("the plan names the defect new connections are handshaken with")
                .contains(TlsDefect.EXPIRED_CERTIFICATE);
        assertThat(new FaultPlan(List.of(new Rule(null, new ConnectionReset(), null, null, null)), List.of(), null).tlsDefect())
                .isEmpty();
    }
}
