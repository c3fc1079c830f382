package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Duration;
import java.util.List;

/**
 * The SCEP site's TLS handshake is defective (needs {@code --tls}). Unlike other faults it acts
 * before any request exists: while a scenario holding this rule is in force, every new connection
 * is handshaken with the defect's certificate or protocol ({@link FaultPolicy#tlsDefect()}). Its
 * {@code match} and counting knobs therefore play no part in the handshake. A client that ignores
 * the defect and sends a request anyway gets the site's normal answer.
 */
@JsonClassDescription("The HTTPS handshake is defective (expired certificate, wrong host, untrusted chain, TLS 1.0 only); needs --tls.")
@JsonTypeName("tls-handshake")
public record TlsHandshake(
        @JsonProperty(required = true)
        @JsonPropertyDescription("what is wrong: expired-certificate, wrong-host, untrusted-chain or tls10-only")
        @Accepts(words = "defects") String defect) implements Fault {

    public TlsHandshake {
        if (defect == null || TlsDefect.fromWord(defect).isEmpty()) {
            throw new IllegalArgumentException("defect must be one of " + String.join(", ", defects()));
        }
    }

    /** The words {@code defect} takes. */
    public static List<String> defects() {
        return TlsDefect.words();
    }

    public TlsDefect tlsDefect() {
        return TlsDefect.fromWord(defect).orElseThrow();
    }

    /** The handshake went through (the client ignored the defect): the request is served as usual. */
    @Override
    public void apply(FaultInjector injector) {
        injector.proceedAfter(Duration.ZERO);
    }
}
