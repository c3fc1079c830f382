package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The application proxy in front of NDES gives up on its connector: after {@code afterMillis} it
 * answers 504 with a GatewayTimeout page. NDES itself never sees the request, so there is no IIS
 * log line on a real server; the mock logs nothing either.
 */
@JsonClassDescription("The application proxy answers 504 GatewayTimeout after afterMillis; NDES logs nothing.")
@JsonTypeName("gateway-timeout")
public record GatewayTimeout(@JsonPropertyDescription("Wait before answering (default 0).") @Accepts(min = 0) Long afterMillis)
        implements Fault {

    public GatewayTimeout {
        afterMillis = afterMillis == null ? 0 : afterMillis;
        if (afterMillis < 0) {
            throw new IllegalArgumentException("afterMillis must not be negative");
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        byte[] body = ("<html><head><title>Gateway Timeout</title></head><body><h1>GatewayTimeout</h1><p>The application proxy "
                + "did not get an answer from the back-end server in time. Check that the connector service is running.</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        injector.respondAsProxy(Duration.ofMillis(afterMillis), new WebResponse(504, 0, 0, "text/html", List.of(), body, false, null));
    }
}
