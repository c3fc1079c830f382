package dev.mockndes.ndes;

import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.ContentTypes;
import dev.mockndes.scep.ScepResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The GetCACaps answer mscep.dll gives while its SCEP service is still in the making (a start is
 * ready before its RA pair exists): the same bytes the service gives for the same capabilities, one
 * per line. Without a next CA only; with one the service adds GetNextCACert, and GetCACaps waits for it.
 */
public final class CapsWhileStarting {
    private CapsWhileStarting() {
    }

    public static ScepResponse of(List<Capability> capabilities) {
        return new ScepResponse(ContentTypes.CA_CAPS, capabilities.stream().map(Capability::wire)
                .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.US_ASCII));
    }
}
