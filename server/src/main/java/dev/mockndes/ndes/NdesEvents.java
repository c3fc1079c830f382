package dev.mockndes.ndes;

import dev.mockndes.enroll.ChallengeListener;
import dev.mockndes.enroll.ChallengeMode;
import dev.mockndes.enroll.ChallengeRefusal;
import dev.mockndes.enroll.EnrolmentRequest;
import dev.mockndes.ndes.log.EventLevel;
import dev.mockndes.ndes.log.WindowsEvent;
import dev.mockndes.store.DiskWriteFailure;
import dev.mockndes.scep.UndecryptableRequest;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The Windows events NDES raises for its own challenge decisions and for envelopes it cannot open,
 * so a demo can show what Event Viewer would. Event 29 and its text are NDES's. In {@code intune}
 * mode the connector decides, and its events are written by {@code ndes.connector.IntuneConnector}.
 */
public final class NdesEvents implements ChallengeListener {
    public static final String NDES_SOURCE = "Microsoft-Windows-NetworkDeviceEnrollmentService";
    public static final int PASSWORD_NOT_VERIFIED = 29;
    public static final int CANNOT_DECRYPT = 18;
    /** The service cannot start for this request; with 0x8009000b the EncryptedPassword key is unusable. */
    public static final int CANNOT_START = 2;
    /** The EncryptedPassword registry value cannot be decrypted. */
    public static final int PASSWORD_NOT_DECRYPTED = 49;
    /** EVENT_MSCEP_FAIL_SUBMIT: NDES could not get the request through the CA. */
    public static final int CANNOT_SUBMIT = 31;
    public static final String CA_SOURCE = "Microsoft-Windows-CertificationAuthority";
    /** The CA denied a request (MSG_DN_CERT_DENIED_WITH_INFO). */
    public static final int CA_DENIED = 53;
    /** Raises nothing. */
    public static final NdesEvents NONE = new NdesEvents(event -> { }, Clock.systemUTC());

    private final Consumer<WindowsEvent> sink;
    private final Clock clock;

    public NdesEvents(Consumer<WindowsEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** NDES logs nothing for an accepted password. */
    @Override
    public void accepted(ChallengeMode mode, EnrolmentRequest request) {
    }

    /** Event 18: a request encrypted to another certificate than CEP Encryption. */
    public void cannotDecrypt() {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, CANNOT_DECRYPT, EventLevel.ERROR,
                "The Network Device Enrollment Service cannot decrypt the client's PKCS7 message ("
                        + UndecryptableRequest.HRESULT + ").  Bad Data."));
    }

    /**
     * Event 31, as NDES raises it when its CA cannot take the request: here the data folder refused to
     * record it. The HRESULT is the Windows error closest to the operating system's reason.
     */
    public void cannotSubmit(DiskWriteFailure failure) {
        String reason = failure.reason();
        String windows = reason.startsWith("No space left") || reason.startsWith("Disk quota")
                ? "There is not enough space on the disk.). 0x80070070"
                : reason.startsWith("Operation not permitted") || reason.startsWith("Permission denied") || reason.startsWith("Read-only")
                ? "Access is denied.). 0x80070005" : "Unspecified error). 0x80004005";
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, CANNOT_SUBMIT, EventLevel.ERROR,
                "The Network Device Enrollment Service cannot submit the certificate request (" + windows));
    }

    /** Events 2 and 49: mscep_admin cannot decrypt HKLM\SOFTWARE\Microsoft\Cryptography\MSCEP\EncryptedPassword. */
    public void passwordNotDecrypted() {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, CANNOT_START, EventLevel.ERROR,
                "The Network Device Enrollment Service cannot be started (0x8009000b). Key not valid for use in specified state."));
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, PASSWORD_NOT_DECRYPTED, EventLevel.ERROR,
                "The Network Device Enrollment Service has failed to decrypt the encrypted password or the decrypted password's "
                        + "length doesn't match the one configured in the registry. To fix this, delete the EncryptedPassword entry "
                        + "in the registry."));
    }

    /** Event 31 on the NDES server: the CA is unreachable or refused the request. */
    public void cannotSubmit(CaRefusal refusal) {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, CANNOT_SUBMIT, EventLevel.ERROR,
                refusal.submitEventText()));
    }

    /** Event 53 on the CA: it denied {@code denied}, which it keeps among its failed requests. */
    public void caDenied(dev.mockndes.enroll.FailedRequests.FailedRequest denied) {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, CA_SOURCE, CA_DENIED, EventLevel.WARNING,
                "Active Directory Certificate Services denied request " + denied.requestId() + " because " + denied.reason() + " "
                        + CaRefusal.hex(denied.statusCode()) + " (" + denied.statusCode() + ").  The request was for "
                        + (denied.subject().isEmpty() ? "an unreadable subject" : denied.subject())
                        + ".  Additional information: Denied by Policy Module"));
    }

    @Override
    public void refused(ChallengeRefusal refusal, EnrolmentRequest request) {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, PASSWORD_NOT_VERIFIED, EventLevel.ERROR,
                "The password in the certificate request cannot be verified. It may have been used already. "
                        + "Obtain a new password to submit with this request."));
    }
}
