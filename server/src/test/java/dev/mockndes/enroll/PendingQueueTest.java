package dev.mockndes.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.store.MemoryCertificateStore;
import dev.mockndes.store.MemoryPendingStore;
import dev.mockndes.store.PendingRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pending queue's state machine: WAITING → ISSUED | REJECTED, polls, auto-approval, re-sent requests. */
class PendingQueueTest {
    private static Pki pki;
    private static DeviceIdentity device;
    private static DeviceIdentity other;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();
    private MemoryCertificateStore certificates;
    private ApprovalSettings approval;
    private PendingQueue queue;

    @BeforeAll
    static void pki() {
        pki = Pki.ephemeral(new PkiSettings("CN=Test CA", "CN=Test RA", 1024, Duration.ofDays(30), Optional.empty(), "T"),
                Clock.systemUTC());
        device = DeviceIdentity.create("queued", Optional.empty(), 1024);
        other = DeviceIdentity.create("other", Optional.empty(), 1024);
    }

    @BeforeEach
    void queue() {
        certificates = new MemoryCertificateStore();
        approval = ApprovalSettings.manual();
        CaIssuer issuer = new CaIssuer(pki.ca(), certificates);
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        queue = new PendingQueue(new MemoryPendingStore(), certificates, () -> approval, clock, request -> {
            issued.incrementAndGet();
            return issuer.enrol(request);
        });
    }

    private static EnrolmentRequest request(DeviceIdentity identity, String transactionId) {
        return new EnrolmentRequest(identity.csr(), Optional.empty(), transactionId);
    }

    @Test
    void automaticApprovalIssuesAtOnceAndQueuesNothing() {
        approval = ApprovalSettings.auto();
        assertThat(queue.enrol(request(device, "t1"))).isInstanceOf(EnrolmentResult.Issued.class);
        assertThat(queue.list()).isEmpty();
    }

    @Test
    void manualRequestWaitsUntilApprovedAndPollsThenCollectTheStoredCertificate() {
        assertThat(queue.enrol(request(device, "t1"))).isInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.list()).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(PendingRequest.State.WAITING);
            assertThat(entry.polls()).isEqualTo(1);
        });
        assertThat(issued).hasValue(0);

        PendingRequest approved = queue.approve("t1").orElseThrow();

        assertThat(approved.state()).isEqualTo(PendingRequest.State.ISSUED);
        assertThat(certificates.find(approved.serial().orElseThrow())).isPresent();
        var first = (EnrolmentResult.Issued) queue.poll("t1").orElseThrow();
        var again = (EnrolmentResult.Issued) queue.poll("t1").orElseThrow();
        assertThat(first.certificate().getSerialNumber()).isEqualTo(approved.serial().orElseThrow());
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(issued).as("issued exactly once").hasValue(1);
    }

    @Test
    void rejectedRequestIsBadRequestAtItsNextPoll() {
        queue.enrol(request(device, "t1"));
        assertThat(queue.reject("t1").orElseThrow().state()).isEqualTo(PendingRequest.State.REJECTED);
        assertThat(queue.poll("t1")).get().isEqualTo(new EnrolmentResult.Rejected(FailInfo.BAD_REQUEST,
                "the request was rejected by an operator"));
        assertThat(issued).hasValue(0);
    }

    @Test
    void decidingARequestThatIsNoLongerWaitingIsAConflictAndUnknownOnesAreEmpty() {
        queue.enrol(request(device, "t1"));
        queue.approve("t1");
        assertThatThrownBy(() -> queue.approve("t1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("ISSUED");
        assertThatThrownBy(() -> queue.reject("t1")).isInstanceOf(IllegalStateException.class);
        assertThat(queue.approve("nope")).isEmpty();
        assertThat(queue.reject("nope")).isEmpty();
        assertThat(queue.poll("nope")).isEmpty();
        assertThat(issued).hasValue(1);
    }

    @Test
    void autoApprovesAtTheConfiguredPoll() {
        approval = ApprovalSettings.manual().afterPolls(3);
        queue.enrol(request(device, "t1"));
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Issued.class);
        assertThat(queue.list()).singleElement().extracting(PendingRequest::state).isEqualTo(PendingRequest.State.ISSUED);
    }

    @Test
    void autoApprovesAtTheFirstPollAfterTheConfiguredTime() {
        approval = ApprovalSettings.manual().after(Duration.ofSeconds(30));
        queue.enrol(request(device, "t1"));
        now.set(now.get().plusSeconds(29));
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Pending.class);
        now.set(now.get().plusSeconds(1));
        assertThat(queue.poll("t1")).containsInstanceOf(EnrolmentResult.Issued.class);
    }

    @Test
    void aResentIdenticalRequestIsAPollAndADifferentOneUnderTheSameTransactionIsRefused() {
        assertThat(queue.resent(request(device, "t1"))).isEmpty();
        queue.enrol(request(device, "t1"));

        assertThat(queue.resent(request(device, "t1"))).containsInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.list().get(0).polls()).isEqualTo(1);
        assertThat(queue.resent(request(other, "t1"))).get().isInstanceOfSatisfying(EnrolmentResult.Rejected.class,
                rejected -> assertThat(rejected.failInfo()).isEqualTo(FailInfo.BAD_REQUEST));
        queue.approve("t1");
        assertThat(queue.resent(request(device, "t1"))).containsInstanceOf(EnrolmentResult.Issued.class);
    }

    @Test
    void aNewCsrUnderTheTransactionIdOfADecidedRequestIsANewRequest() {
        queue.enrol(request(device, "t1"));
        queue.reject("t1");

        assertThat(queue.resent(request(other, "t1"))).isEmpty();
        assertThat(queue.enrol(request(other, "t1"))).isInstanceOf(EnrolmentResult.Pending.class);
        assertThat(queue.list()).singleElement().extracting(PendingRequest::state).isEqualTo(PendingRequest.State.WAITING);
    }

    @Test
    void autoApprovalOptionsNeedManualMode() {
        assertThatThrownBy(() -> ApprovalSettings.auto().afterPolls(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApprovalSettings.manual().afterPolls(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
