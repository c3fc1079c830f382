package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.ndes.connector.ConnectorOutcome;
import java.util.List;

/**
 * The Intune connector refuses every PKIOperation, whatever its challenge, the way {@code outcome}
 * says: the plugin's VerifyRequest call in the IIS log (201, {@code 403 16 2148204809} or
 * {@code 500 0 0}), NDESPlugin.log and svclog lines, the connector's events, then a FAILURE CertRep
 * with the server's failInfo for a refused challenge. Other operations proceed.
 */
@JsonClassDescription("PKIOperation is refused by the Intune connector as outcome says (its IIS, NDESPlugin, svclog and event lines, then a SCEP FAILURE); other operations proceed.")
@JsonTypeName("connector-refusal")
public record ConnectorRefusal(
        @JsonPropertyDescription("challenge-expired, challenge-mismatch, challenge-unreadable, encryption-cert-missing, "
                + "signing-cert-missing, intermediate-in-root or service-error.")
        @Accepts(words = "outcomes") @JsonProperty(required = true) String outcome) implements Fault {

    public ConnectorRefusal {
        ConnectorOutcome.refusal(outcome);
    }

    /** The words {@code outcome} takes. */
    public static List<String> outcomes() {
        return ConnectorOutcome.refusalWords();
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.connectorRefusal(ConnectorOutcome.refusal(outcome));
    }
}
