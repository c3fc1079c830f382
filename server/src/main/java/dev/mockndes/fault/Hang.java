package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Duration;

/** No answer at all until the client gives up; the server closes the connection after {@code maxMillis} (default 120 s). */
@JsonTypeName("hang")
public record Hang(Long maxMillis) implements Fault {

    public Hang {
        maxMillis = maxMillis == null ? 120_000L : maxMillis;
        if (maxMillis < 1) {
            throw new IllegalArgumentException("maxMillis must be positive");
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.hang(Duration.ofMillis(maxMillis));
    }
}
