package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The normal answer cut short: only {@code fraction} of the body (default half) arrives before the connection closes. */
@JsonClassDescription("Only the first fraction of the body arrives, then the connection closes.")
@JsonTypeName("truncated-body")
public record TruncatedBody(@JsonPropertyDescription("Default 0.5.") @Accepts(min = 0, max = 1, belowMax = true) Double fraction)
        implements Fault {

    public TruncatedBody {
        fraction = fraction == null ? 0.5 : fraction;
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("fraction must be at least 0 and below 1, not " + fraction);
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.truncateBody(fraction);
    }
}
