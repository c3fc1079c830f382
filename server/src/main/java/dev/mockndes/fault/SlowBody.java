package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The normal answer, its body trickling at {@code bytesPerSecond}: a saturated link or proxy. */
@JsonClassDescription("The normal answer, its body sent at bytesPerSecond.")
@JsonTypeName("slow-body")
public record SlowBody(@JsonPropertyDescription("Body bytes per second.") @Accepts(min = 1) @JsonProperty(required = true) int bytesPerSecond)
        implements Fault {

    public SlowBody {
        if (bytesPerSecond < 1) {
            throw new IllegalArgumentException("bytesPerSecond must be at least 1");
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.slowBody(bytesPerSecond);
    }
}
