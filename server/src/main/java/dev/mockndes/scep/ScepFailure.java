package dev.mockndes.scep;

import dev.mockndes.protocol.FailInfo;
/**
 * A protocol-level refusal of a readable SCEP message. It becomes an HTTP 200 CertRep with
 * pkiStatus FAILURE and {@link #failInfo()}, never an HTTP error.
 */
public final class ScepFailure extends Exception {
    private final FailInfo failInfo;

    public ScepFailure(FailInfo failInfo, String reason) {
        super(reason);
        this.failInfo = failInfo;
    }

    public ScepFailure(FailInfo failInfo, String reason, Throwable cause) {
        super(reason, cause);
        this.failInfo = failInfo;
    }

    public FailInfo failInfo() {
        return failInfo;
    }
}
