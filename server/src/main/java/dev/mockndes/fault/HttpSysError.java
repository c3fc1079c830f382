package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.ndes.log.HttpErrReason;
import dev.mockndes.web.HttpSysPage;
import java.util.Arrays;
import java.util.List;

/**
 * HTTP.sys answers before IIS sees the request, e.g. {@code 503} with reason {@code AppOffline} when
 * the SCEP application pool is stopped, or {@code 414 URL_Length}. Logged in HTTPERR only.
 */
@JsonClassDescription("HTTP.sys answers before IIS; logged in HTTPERR only, e.g. 503 AppOffline.")
@JsonTypeName("httpsys-error")
public record HttpSysError(
        @JsonPropertyDescription("HTTP status, 400-599.") @Accepts(min = 400, max = 599) @JsonProperty(required = true) int status,
        @JsonPropertyDescription("The HTTPERR reason phrase.") @Accepts(words = "reasons") @JsonProperty(required = true) String reason)
        implements Fault {

    public HttpSysError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HTTP.sys error status is between 400 and 599, not " + status);
        }
        if (HttpErrReason.fromWire(reason).isEmpty()) {
            throw new IllegalArgumentException("unknown HTTPERR reason '" + reason + "'");
        }
    }

    /** The HTTPERR reason phrases {@code reason} takes. */
    public static List<String> reasons() {
        return Arrays.stream(HttpErrReason.values()).map(HttpErrReason::wire).toList();
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.refuseInHttpSys(HttpSysPage.response(status, reason), reason);
    }
}
