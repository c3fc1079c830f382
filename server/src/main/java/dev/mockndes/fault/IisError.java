package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.WebResponse;

/**
 * IIS answers with its error page for {@code status.substatus} and logs the win32 code, e.g.
 * {@code 500 0 1346} when IIS_IUSRS lacks the impersonation right, {@code 404 14 0} when request
 * filtering's maxUrl is exceeded.
 */
@JsonClassDescription("IIS answers with its error page for status.substatus and logs the win32 code, e.g. 500 0 1346.")
@JsonTypeName("iis-error")
public record IisError(
        @JsonPropertyDescription("HTTP status, 400-599.") @Accepts(min = 400, max = 599) @JsonProperty(required = true) int status,
        @JsonPropertyDescription("IIS substatus, e.g. 14 for 404.14 (default 0).") @Accepts(min = 0) int substatus,
        @JsonPropertyDescription("sc-win32-status in the IIS log, e.g. 1346 (default 0).") @Accepts(min = 0) long win32)
        implements Fault {

    public IisError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an IIS error status is between 400 and 599, not " + status);
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.respond(WebResponse.page(IisErrorPage.of(status, substatus, win32)));
    }
}
