package dev.mockndes.transport;

import dev.mockndes.pki.RaVariant;
import dev.mockndes.scep.FailInfo;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.concurrent.CompletionStage;

/** How the SCEP application answers a PKIOperation with a FAILURE or PENDING CertRep when a fault asks it to. */
public interface ScepOverrides {

    /** Whether the request is a PKIOperation that can be refused this way. */
    boolean applies(WebRequest request);

    CompletionStage<WebResponse> refuse(WebRequest request, FailInfo failInfo);

    CompletionStage<WebResponse> pend(WebRequest request);

    /** Whether the request is a GetCACert. */
    boolean isGetCaCert(WebRequest request);

    /** GetCACert with RA certificates made as {@code variant} says. */
    CompletionStage<WebResponse> caCert(WebRequest request, RaVariant variant);

    ScepOverrides NONE = new ScepOverrides() {
        public boolean applies(WebRequest request) {
            return false;
        }

        public CompletionStage<WebResponse> refuse(WebRequest request, FailInfo failInfo) {
            throw new UnsupportedOperationException("no SCEP application here");
        }

        public CompletionStage<WebResponse> pend(WebRequest request) {
            throw new UnsupportedOperationException("no SCEP application here");
        }

        public boolean isGetCaCert(WebRequest request) {
            return false;
        }

        public CompletionStage<WebResponse> caCert(WebRequest request, RaVariant variant) {
            throw new UnsupportedOperationException("no SCEP application here");
        }
    };
}
