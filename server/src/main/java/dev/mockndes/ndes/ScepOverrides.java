package dev.mockndes.ndes;

import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.concurrent.CompletionStage;

/**
 * The narrow port through which the fault injector makes mscep.dll give a forced SCEP answer:
 * FAILURE or PENDING to a PKIOperation, unhealthy RA certificates to a GetCACert. Each answer is
 * empty when the request is not the operation it applies to, and the request then proceeds normally.
 */
public interface ScepOverrides {

    /** A FAILURE CertRep carrying {@code failInfo}, when {@code request} is a PKIOperation. */
    java.util.Optional<CompletionStage<WebResponse>> refuse(WebRequest request, FailInfo failInfo);

    /**
     * When {@code request} is a PKIOperation: the Intune connector's verification written as coming
     * to {@code outcome}, then the FAILURE CertRep NDES answers a refused challenge with.
     */
    java.util.Optional<CompletionStage<WebResponse>> connectorRefuses(WebRequest request, ConnectorOutcome outcome);

    /**
     * What NDES answers when the CA does not issue, when {@code request} is a PKIOperation: a FAILURE
     * or IIS's 500 page as {@code refusal} says, after Event 31 (and, when the CA got the request,
     * its failed request and Event 53).
     */
    java.util.Optional<CompletionStage<WebResponse>> refuseAtCa(WebRequest request, CaRefusal refusal);

    /**
     * When {@code request} is for mscep_admin: what turns the admin page into IIS's 500 page because the
     * EncryptedPassword cannot be decrypted (raising Events 2 and 49). Authentication answers and the
     * folder redirect come before mscep.dll runs, so they pass through unchanged.
     */
    java.util.Optional<java.util.function.UnaryOperator<WebResponse>> adminPasswordUndecryptable(WebRequest request);

    /** A PENDING CertRep, when {@code request} is a PKIOperation. */
    java.util.Optional<CompletionStage<WebResponse>> pend(WebRequest request);

    /** GetCACert with RA certificates made as {@code variant} says, when {@code request} is a GetCACert. */
    java.util.Optional<CompletionStage<WebResponse>> caCert(WebRequest request, RaVariant variant);

    /** GetCACert with the certificate set of {@code variant}, when {@code request} is a GetCACert. */
    java.util.Optional<CompletionStage<WebResponse>> caCertSet(WebRequest request, CaCertVariant variant);

    /** No SCEP application behind the listener: every request proceeds normally. */
    ScepOverrides NONE = new ScepOverrides() {
        public java.util.Optional<CompletionStage<WebResponse>> refuse(WebRequest request, FailInfo failInfo) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<CompletionStage<WebResponse>> connectorRefuses(WebRequest request, ConnectorOutcome outcome) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<CompletionStage<WebResponse>> refuseAtCa(WebRequest request, CaRefusal refusal) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<java.util.function.UnaryOperator<WebResponse>> adminPasswordUndecryptable(WebRequest request) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<CompletionStage<WebResponse>> pend(WebRequest request) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<CompletionStage<WebResponse>> caCert(WebRequest request, RaVariant variant) {
            return java.util.Optional.empty();
        }

        public java.util.Optional<CompletionStage<WebResponse>> caCertSet(WebRequest request, CaCertVariant variant) {
            return java.util.Optional.empty();
        }
    };
}
