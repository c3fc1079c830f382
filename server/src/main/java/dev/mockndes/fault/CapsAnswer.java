package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.protocol.Capability;
import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.protocol.ContentTypes;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * GetCACaps answers with other capabilities: a named profile ({@code interop} or {@code ndes}) or
 * exact keywords, e.g. a server without POSTPKIOperation so clients fall back to GET. Match it to
 * GetCACaps requests; it answers whatever it is matched to.
 */
@JsonClassDescription("GetCACaps answers with a named profile or exact keywords; match it to GetCACaps.")
@JsonTypeName("caps")
public record CapsAnswer(
        @Accepts(words = "profiles") String profile,
        @Accepts(words = "capabilities") List<String> keywords) implements Fault {

    public CapsAnswer {
        if ((profile == null) == (keywords == null)) {
            throw new IllegalArgumentException("give either profile (" + String.join(", ", profiles()) + ") or keywords");
        }
        if (profile != null) {
            CapsProfile.valueOf(profile.toUpperCase(Locale.ROOT));
        }
        if (keywords != null) {
            keywords = List.copyOf(keywords);
            keywords.forEach(k -> Capability.fromWire(k).orElseThrow(() -> new IllegalArgumentException("unknown capability '" + k + "'")));
        }
    }

    /** The named capability sets {@code profile} takes. */
    public static List<String> profiles() {
        return Arrays.stream(CapsProfile.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The GetCACaps keywords {@code keywords} takes. */
    public static List<String> capabilities() {
        return Arrays.stream(Capability.values()).map(Capability::wire).toList();
    }

    @Override
    public void apply(FaultInjector injector) {
        List<String> lines = keywords != null ? keywords
                : CapsProfile.valueOf(profile.toUpperCase(Locale.ROOT)).capabilities().stream().map(Capability::wire).toList();
        byte[] body = lines.stream().collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.US_ASCII);
        injector.respond(WebResponse.ok(ContentTypes.CA_CAPS, body));
    }
}
