package dev.mockndes.harness.device;

import java.net.URL;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.client.verification.CertificateVerifier;
import org.jscep.client.verification.MessageDigestCertificateVerifier;
import org.jscep.client.verification.OptimisticCertificateVerifier;

/**
 * The Intune Android agent: jscep with profile {@code ca} (so {@code message=ca}), the Dalvik
 * User-Agent, POST for PKIOperation when the caps allow it (jscep decides), and the OMADM log
 * format of the seed article's excerpt (CertificateEnrollmentManager and jscep's transport lines).
 */
final class AndroidDevice implements DeviceProfile {
    static final String AGENT = "Dalvik/2.1.0 (Linux; U; Android 5.0; P01M Build/LRX21V)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");
    private static final String MANAGER = "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager";

    @Override
    public String name() {
        return "android";
    }

    @Override
    public DeviceRun run(DeviceTarget target) {
        List<String> log = new ArrayList<>();
        JscepTransports transports = new JscepTransports(new DeviceHttp(AGENT, target.timeout(), target.tlsTrust()), line -> line(log, line));
        Outcome outcome;
        try {
            line(log, MANAGER + "  There are 1 requests");
            String model = "AC_" + UUID.randomUUID() + "%2FLogicalName_" + UUID.randomUUID().toString().replace('-', '_');
            line(log, MANAGER + "  Trying to enroll certificate request: ModelName=" + model + ";Hash=" + model.hashCode());
            DeviceIdentity device = DeviceIdentity.create("android-" + UUID.randomUUID().toString().substring(0, 8), target.challenge());
            Client client = new Client(new URL(target.scepUrl().toString()), verifier(target));
            client.setTransportFactory(transports);
            transports.beforePkiOperation("org.jscep.message.PkiMessageEncoder  Signing pkiMessage using key belonging to [dn="
                    + device.identity().getSubjectX500Principal() + "; serial=" + device.identity().getSerialNumber() + "]");
            EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr(), "ca");
            if (response.isSuccess()) {
                var issued = (java.security.cert.X509Certificate) response.getCertStore().getCertificates(null).iterator().next();
                outcome = new Outcome.Success("issued " + issued.getSubjectX500Principal() + " serial " + issued.getSerialNumber().toString(16)
                        + " by " + issued.getIssuerX500Principal());
            } else if (response.isPending()) {
                outcome = new Outcome.Pending("the CA holds the request (transaction " + response.getTransactionId() + ")");
            } else {
                outcome = new Outcome.ScepFailure(response.getFailInfo().toString(), "CertRep[failInfo=" + response.getFailInfo()
                        + ",pkiStatus=FAILURE,transId=" + response.getTransactionId() + "]");
            }
        } catch (Exception e) {
            DeviceStop failure = transports.lastFailure();
            outcome = failure != null ? failure.outcome() : classify(e);
        }
        line(log, MANAGER + (outcome.isSuccess() ? "  Certificate enrollment succeeded: " + outcome.detail()
                : "  Certificate enrollment failed: " + outcome.wire() + " (" + outcome.detail() + ")"));
        return new DeviceRun(name(), outcome, log);
    }

    private static Outcome classify(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("verif") || message.contains("CA certificate")) {
            return new Outcome.DeviceRefused("jscep refused the CA: " + message);
        }
        return new Outcome.InvalidResponse("jscep: " + e.getClass().getSimpleName() + ": " + message);
    }

    private static CertificateVerifier verifier(DeviceTarget target) throws Exception {
        if (target.caSha256().isEmpty()) {
            return new OptimisticCertificateVerifier();
        }
        return new MessageDigestCertificateVerifier(MessageDigest.getInstance("SHA-256"), HexFormat.of().parseHex(target.caSha256().get()));
    }

    private static void line(List<String> log, String message) {
        log.add(ZonedDateTime.now(ZoneOffset.UTC).format(TIME) + "  VERB  Event  " + message.replaceFirst("  ", "  18327    10  "));
    }

}
