package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.protocol.ContentTypes;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GetCACaps answers with other capabilities: a named profile ({@code interop} or {@code ndes}) or
 * exact keywords, e.g. a server without POSTPKIOperation so clients fall back to GET. Match it to
 * GetCACaps requests; it answers whatever it is matched to.
 */
@JsonTypeName("caps")
public record CapsAnswer(String profile, List<String> keywords) implements Fault {

    public CapsAnswer {
        if ((profile == null) == (keywords == null)) {
            throw new IllegalArgumentException("give either profile (interop, ndes) or keywords");
        }
        if (profile != null) {
            CapsProfile.valueOf(profile.toUpperCase(java.util.Locale.ROOT));
        }
        if (keywords != null) {
            keywords = List.copyOf(keywords);
            keywords.forEach(k -> Capability.fromWire(k).orElseThrow(() -> new IllegalArgumentException("unknown capability '" + k + "'")));
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        List<String> lines = keywords != null ? keywords
                : CapsProfile.valueOf(profile.toUpperCase(java.util.Locale.ROOT)).capabilities().stream().map(Capability::wire).toList();
        byte[] body = lines.stream().collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.US_ASCII);
        injector.respond(WebResponse.ok(ContentTypes.CA_CAPS, body));
    }
}
