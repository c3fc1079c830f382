package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Duration;

/** A slow NDES: the normal answer, after {@code millis} plus a uniformly random jitter of up to {@code jitterMillis}. */
@JsonClassDescription("The normal answer, after millis plus up to jitterMillis (seeded).")
@JsonTypeName("delay")
public record Delay(
        @JsonPropertyDescription("Fixed delay.") @Accepts(min = 0) @JsonProperty(required = true) long millis,
        @JsonPropertyDescription("Uniform random extra delay, at most this (default 0).") @Accepts(min = 0) long jitterMillis)
        implements Fault {

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
