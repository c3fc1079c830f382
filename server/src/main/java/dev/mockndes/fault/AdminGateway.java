package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A gateway (reverse proxy, application proxy, load balancer) in front of /certsrv/mscep_admin that
 * MDM servers fetching challenges with NTLM must cope with. {@code answers-anonymous}: it answers a
 * request without credentials itself with a 200 landing page. {@code closes-after-challenge}: it passes
 * requests on but closes the connection after every 401, so NTLM's handshake, bound to one connection,
 * never completes. {@code basic-only}: it authenticates callers itself and offers Basic only; Basic
 * credentials pass on to NDES (which accepts them only with {@code --admin-basic-auth}). What the gateway
 * answers itself never reaches the IIS log. Other paths are untouched.
 */
@JsonClassDescription("A gateway in front of mscep_admin: answers-anonymous, closes-after-challenge or basic-only.")
@JsonTypeName("admin-gateway")
public record AdminGateway(
        @JsonPropertyDescription("answers-anonymous, closes-after-challenge or basic-only.") @Accepts(words = "behaviours")
        @JsonProperty(required = true) String behaviour) implements Fault {
    private static final String ADMIN_FOLDER = "/certsrv/mscep_admin";
    static final String BASIC_CHALLENGE = "Basic realm=\"mscep_admin\"";

    public AdminGateway {
        if (!behaviours().contains(behaviour)) {
            throw new IllegalArgumentException("unknown behaviour '" + behaviour + "' (" + String.join(", ", behaviours()) + ")");
        }
    }

    /** The words {@code behaviour} takes. */
    public static List<String> behaviours() {
        return Arrays.asList("answers-anonymous", "closes-after-challenge", "basic-only");
    }

    /** The gateway's own answer, when it answers {@code request} without passing it on. */
    public Optional<WebResponse> answerInstead(WebRequest request) {
        if (!request.path().toLowerCase(Locale.ROOT).startsWith(ADMIN_FOLDER)) {
            return Optional.empty();
        }
        Optional<String> authorization = request.header("authorization");
        return switch (behaviour) {
            case "answers-anonymous" -> authorization.isEmpty() ? Optional.of(landingPage()) : Optional.empty();
            case "basic-only" -> authorization.filter(a -> a.regionMatches(true, 0, "Basic ", 0, 6)).isPresent() ? Optional.empty()
                    : Optional.of(basicChallenge());
            default -> Optional.empty();
        };
    }

    /** What the gateway makes of NDES's answer to a request it passed on. */
    public WebResponse onTheWayBack(WebRequest request, WebResponse response) {
        if (!request.path().toLowerCase(Locale.ROOT).startsWith(ADMIN_FOLDER) || response.status() != 401) {
            return response;
        }
        return switch (behaviour) {
            case "closes-after-challenge" -> response.closingConnection();
            case "basic-only" -> basicChallenge();
            default -> response;
        };
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.inFrontOfAdmin(this);
    }

    private static WebResponse landingPage() {
        return new WebResponse(200, 0, 0, "text/html; charset=utf-8", List.of(), ("<html><head><title>Sign in</title></head><body>"
                + "<h1>Sign in</h1><p>This site is published through a gateway. Sign in to continue.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), false, null);
    }

    private static WebResponse basicChallenge() {
        return new WebResponse(401, 0, 0, "text/html; charset=utf-8", List.of(Map.entry("WWW-Authenticate", BASIC_CHALLENGE)),
                "<html><body><h1>401 Authorization Required</h1></body></html>".getBytes(StandardCharsets.UTF_8), false, null);
    }
}
