package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Duration;

/** No answer at all until the client gives up; the server closes the connection after {@code maxMillis} (default 120 s). */
@JsonClassDescription("No answer; the server closes the connection after maxMillis.")
@JsonTypeName("hang")
public record Hang(@JsonPropertyDescription("Give up after this long (default 120000).") @Accepts(min = 1) Long maxMillis)
        implements Fault {

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
