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
    public static final int CANNOT_SUBMIT = 31;
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

    @Override
    public void refused(ChallengeRefusal refusal, EnrolmentRequest request) {
        sink.accept(new WindowsEvent(clock.instant(), WindowsEvent.APPLICATION, NDES_SOURCE, PASSWORD_NOT_VERIFIED, EventLevel.ERROR,
                "The password in the certificate request cannot be verified. It may have been used already. "
                        + "Obtain a new password to submit with this request."));
    }
}
