package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A probe that shows the scenario at work, run by the acceptance tests against a real listener:
 * one raw HTTP request and what a troubleshooter should then see.
 *
 * @param request      the request line's method and target, e.g. "GET /certsrv/mscep/mscep.dll?operation=GetCACaps"
 * @param headers      request headers to send (e.g. Host, User-Agent)
 * @param status       the expected HTTP status; absent when no answer is expected
 * @param bodyContains a marker the body must contain
 * @param responseHeaders response headers that must have these exact values
 * @param iisLog       the IIS log tuple "status substatus win32" the request must leave
 * @param httpErr      text the HTTPERR line must contain, e.g. "503 1 AppOffline SCEP"
 * @param noAnswer     true when the connection is closed or reset without a response
 */
public record Check(@JsonProperty(required = true) String request, Map<String, String> headers, Integer status,
                    String bodyContains, Map<String, String> responseHeaders, String iisLog, String httpErr, Boolean noAnswer) {

    public Check {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        noAnswer = Boolean.TRUE.equals(noAnswer);
        if (!request.matches("[A-Z]+ /\\S*")) {
            throw new IllegalArgumentException("request is 'METHOD /path?query', not '" + request + "'");
        }
        if (noAnswer && status != null) {
            throw new IllegalArgumentException("a check expects either a status or noAnswer, not both");
        }
    }
}
