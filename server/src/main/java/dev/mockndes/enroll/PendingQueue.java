package dev.mockndes.enroll;

import dev.mockndes.protocol.FailInfo;
import dev.mockndes.store.CertificateStore;
import dev.mockndes.store.PendingRequest;
import dev.mockndes.store.PendingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Holds requests for an operator when approval is manual, and lets devices poll for them.
 * <pre>
 *   enrol ──auto──▶ CA issuer
 *     └──manual──▶ WAITING ──approve──▶ ISSUED   (issued now, through the CA issuer, so the store records it)
 *                     │ ──reject───▶ REJECTED
 *                     └─ poll: PENDING, or auto-approved at the N-th poll / first poll after T
 * </pre>
 * Each transition is one {@link PendingStore#put}; decisions are serialised so a certificate is
 * never issued twice for one transaction. The approval settings are read per request, so a scenario
 * switch applies to the next request.
 */
public final class PendingQueue implements Enroller {
    private final PendingStore pending;
    private final CertificateStore certificates;
    private final Supplier<ApprovalSettings> approval;
    private final Clock clock;
    private final Enroller issuer;

    public PendingQueue(PendingStore pending, CertificateStore certificates, Supplier<ApprovalSettings> approval, Clock clock,
                        Enroller issuer) {
        this.pending = pending;
        this.certificates = certificates;
        this.approval = approval;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public EnrolmentResult enrol(EnrolmentRequest request) {
        if (approval.get().mode() == ApprovalMode.AUTO) {
            return issuer.enrol(request);
        }
        synchronized (this) {
            if (pending.find(request.transactionId()).isEmpty()) {
                pending.put(PendingRequest.waiting(request.transactionId(), der(request.csr()), clock.instant()));
            }
        }
        return new EnrolmentResult.Pending();
    }

    /**
     * A PKCSReq whose transactionID is already queued: the device re-sent it instead of polling
     * (micromdm's client does). The same CSR counts as a poll. A different CSR is refused while the
     * first still waits; once that one is decided, it is a new request (jscep derives the
     * transactionID from the key, so a device that enrols again with its key reuses it).
     *
     * @return empty when the request is new
     */
    public synchronized Optional<EnrolmentResult> resent(EnrolmentRequest request) {
        Optional<PendingRequest> known = pending.find(request.transactionId());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (Arrays.equals(known.get().csr(), der(request.csr()))) {
            return poll(request.transactionId());
        }
        if (known.get().state() == PendingRequest.State.WAITING) {
            return Optional.of(new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST,
                    "transactionID " + request.transactionId() + " is already used by a different request that is waiting"));
        }
        pending.remove(request.transactionId());
        return Optional.empty();
    }

    /** A CertPoll: where the transaction stands. Empty when the transaction is unknown. */
    public synchronized Optional<EnrolmentResult> poll(String transactionId) {
        Optional<PendingRequest> found = pending.find(transactionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PendingRequest polled = found.get().polled();
        if (polled.state() == PendingRequest.State.WAITING && dueForAutoApproval(polled)) {
            return Optional.of(outcome(decide(polled)));
        }
        pending.put(polled); // every ask counts, collections included: the dashboard shows how often a device came back
        return Optional.of(switch (polled.state()) {
            case ISSUED -> collect(polled);
            case REJECTED -> new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, "the request was rejected by an operator");
            case WAITING -> new EnrolmentResult.Pending();
        });
    }

    /**
     * Issues a waiting request.
     *
     * @return the updated request, or empty when the transaction is unknown
     * @throws IllegalStateException when the request is no longer waiting
     */
    public synchronized Optional<PendingRequest> approve(String transactionId) {
        return pending.find(transactionId).map(request -> decide(waiting(request)));
    }

    /** Refuses a waiting request; its next poll gets FAILURE badRequest. Same contract as {@link #approve}. */
    public synchronized Optional<PendingRequest> reject(String transactionId) {
        return pending.find(transactionId).map(request -> {
            PendingRequest rejected = waiting(request).rejected();
            pending.put(rejected);
            return rejected;
        });
    }

    /** Every queued request, oldest first, whatever its state. */
    public List<PendingRequest> list() {
        return pending.list();
    }

    private boolean dueForAutoApproval(PendingRequest request) {
        ApprovalSettings settings = approval.get();
        boolean byPolls = settings.autoApproveAfterPolls().isPresent() && request.polls() >= settings.autoApproveAfterPolls().getAsInt();
        boolean byTime = settings.autoApproveAfter().isPresent()
                && Duration.between(request.receivedAt(), clock.instant()).compareTo(settings.autoApproveAfter().get()) >= 0;
        return byPolls || byTime;
    }

    private PendingRequest decide(PendingRequest request) {
        PKCS10CertificationRequest csr;
        try {
            csr = new PKCS10CertificationRequest(request.csr());
        } catch (IOException e) {
            throw new UncheckedIOException("a queued CSR no longer parses", e);
        }
        EnrolmentResult result = issuer.enrol(new EnrolmentRequest(csr, Optional.empty(), request.transactionId()));
        PendingRequest decided = result instanceof EnrolmentResult.Issued issued
                ? request.issued(issued.certificate().getSerialNumber()) : request.rejected();
        pending.put(decided);
        return decided;
    }

    private EnrolmentResult outcome(PendingRequest decided) {
        return decided.state() == PendingRequest.State.ISSUED ? collect(decided)
                : new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST, "the CA refused the request");
    }

    private EnrolmentResult collect(PendingRequest issued) {
        return certificates.find(issued.serial().orElseThrow())
                .<EnrolmentResult>map(EnrolmentResult.Issued::new)
                .orElseGet(() -> new EnrolmentResult.Rejected(FailInfo.BAD_CERT_ID, "the issued certificate is not in the store"));
    }

    private static PendingRequest waiting(PendingRequest request) {
        if (request.state() != PendingRequest.State.WAITING) {
            throw new IllegalStateException("transaction " + request.transactionId() + " is " + request.state() + ", not WAITING");
        }
        return request;
    }

    private static byte[] der(PKCS10CertificationRequest csr) {
        try {
            return csr.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
