package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.protocol.FailInfo;
import java.util.Arrays;

/**
 * A PKIOperation answered with a signed FAILURE CertRep, e.g. {@code failInfo: badRequest} for a
 * policy module that says no. {@code failInfo} takes the RFC names: badAlg, badMessageCheck,
 * badRequest, badTime, badCertId.
 */
@JsonTypeName("scep-failure")
public record ScepFailureFault(@JsonProperty(required = true) String failInfo) implements Fault {

    public ScepFailureFault {
        failInfoValue(failInfo);
    }

    public FailInfo failInfoValue() {
        return failInfoValue(failInfo);
    }

    private static FailInfo failInfoValue(String name) {
        return Arrays.stream(FailInfo.values()).filter(f -> f.rfcName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown failInfo '" + name
                        + "' (badAlg, badMessageCheck, badRequest, badTime, badCertId)"));
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.scepFailure(failInfoValue());
    }
}
