package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Duration;

/** A slow NDES: the normal answer, after {@code millis} plus a uniformly random jitter of up to {@code jitterMillis}. */
@JsonTypeName("delay")
public record Delay(@JsonProperty(required = true) long millis, long jitterMillis) implements Fault {

    public Delay {
        if (millis < 0 || jitterMillis < 0) {
            throw new IllegalArgumentException("millis and jitterMillis must not be negative");
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        long jitter = jitterMillis == 0 ? 0 : injector.random().nextLong(jitterMillis + 1);
        injector.proceedAfter(Duration.ofMillis(millis + jitter));
    }
}
