package dev.mockndes.enroll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How enrolment requests are approved.
 *
 * @param mode                  auto (issue at once) or manual (answer PENDING and wait for approve/reject)
 * @param autoApproveAfterPolls in manual mode, approve a waiting request at its N-th poll (CertPoll or re-sent PKCSReq)
 * @param autoApproveAfter      in manual mode, approve a waiting request at the first poll this long after it arrived
 */
public record ApprovalSettings(ApprovalMode mode, OptionalInt autoApproveAfterPolls, Optional<Duration> autoApproveAfter) {

    public ApprovalSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(autoApproveAfterPolls, "autoApproveAfterPolls");
        Objects.requireNonNull(autoApproveAfter, "autoApproveAfter");
        if (autoApproveAfterPolls.isPresent() && autoApproveAfterPolls.getAsInt() < 1) {
            throw new IllegalArgumentException("autoApproveAfterPolls must be at least 1, not " + autoApproveAfterPolls.getAsInt());
        }
        if (autoApproveAfter.isPresent() && autoApproveAfter.get().isNegative()) {
            throw new IllegalArgumentException("autoApproveAfter must not be negative");
        }
        if (mode == ApprovalMode.AUTO && (autoApproveAfterPolls.isPresent() || autoApproveAfter.isPresent())) {
            throw new IllegalArgumentException("auto-approval after polls or time only applies to manual approval");
        }
    }

    /** Every request is issued at once: NDES with a template that needs no approval. */
    public static ApprovalSettings auto() {
        return new ApprovalSettings(ApprovalMode.AUTO, OptionalInt.empty(), Optional.empty());
    }

    /** Every request waits for an operator. */
    public static ApprovalSettings manual() {
        return new ApprovalSettings(ApprovalMode.MANUAL, OptionalInt.empty(), Optional.empty());
    }

    public ApprovalSettings afterPolls(int polls) {
        return new ApprovalSettings(mode, OptionalInt.of(polls), autoApproveAfter);
    }

    public ApprovalSettings after(Duration wait) {
        return new ApprovalSettings(mode, autoApproveAfterPolls, Optional.of(wait));
    }
}
