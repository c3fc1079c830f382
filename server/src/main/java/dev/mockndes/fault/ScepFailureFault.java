package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.protocol.FailInfo;
import java.util.Arrays;
import java.util.List;

/**
 * A PKIOperation answered with a signed FAILURE CertRep, e.g. {@code failInfo: badRequest} for a
 * policy module that says no. {@code failInfo} takes the RFC names: badAlg, badMessageCheck,
 * badRequest, badTime, badCertId.
 */
@JsonClassDescription("PKIOperation is answered with a signed FAILURE CertRep carrying failInfo; other operations proceed.")
@JsonTypeName("scep-failure")
public record ScepFailureFault(@Accepts(words = "failInfos") @JsonProperty(required = true) String failInfo) implements Fault {

    public ScepFailureFault {
        failInfoValue(failInfo);
    }

    public FailInfo failInfoValue() {
        return failInfoValue(failInfo);
    }

    /** The RFC 8894 names {@code failInfo} takes. */
    public static List<String> failInfos() {
        return Arrays.stream(FailInfo.values()).map(FailInfo::rfcName).toList();
    }

    private static FailInfo failInfoValue(String name) {
        return Arrays.stream(FailInfo.values()).filter(f -> f.rfcName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown failInfo '" + name + "' (" + String.join(", ", failInfos()) + ")"));
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.scepFailure(failInfoValue());
    }
}
