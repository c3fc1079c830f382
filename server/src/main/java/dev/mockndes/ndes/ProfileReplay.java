package dev.mockndes.ndes;

import dev.mockndes.common.profile.NdesProfile;
import dev.mockndes.common.profile.ProfileProbe;
import dev.mockndes.common.profile.RecordedAnswer;
import dev.mockndes.protocol.Operation;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * mscep.dll as a recorded NDES answered ({@code serve --profile}): a decorator that answers each kind
 * of request a {@link ProfileProbe} stands for with what was recorded for it, and hands everything
 * else (PKIOperation with a message, GetNextCACert) to mscep.dll below.
 *
 * <pre>
 *   no operation                       → browse
 *   GetCACaps                          → get-ca-caps: status, headers and body byte for byte
 *   GetCACert with / without message   → get-ca-cert / get-ca-cert-without-message: status and headers;
 *                                        the body is our chain when the recording had certificates
 *   PKIOperation by GET without message → pki-operation-without-message
 *   an operation SCEP does not define  → unknown-operation (the recorded body, whatever name was sent)
 * </pre>
 *
 * The transport writes Date, Content-Length and Connection itself; a recorded Server header replaces
 * the site's, and a recording without one sends none.
 */
public final class ProfileReplay implements WebApplication {
    /** Headers the transport writes for every answer: never copied from a recording. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("date", "content-length", "connection", "transfer-encoding",
            "keep-alive", "content-type");

    private final NdesProfile profile;
    private final byte[] caCertBody;
    private final WebApplication mscep;

    /** @param caCertBody our certificates in the recorded GetCACert layout */
    public ProfileReplay(NdesProfile profile, byte[] caCertBody, WebApplication mscep) {
        this.profile = profile;
        this.caCertBody = caCertBody.clone();
        this.mscep = mscep;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        return probeFor(request).flatMap(profile::answer).map(this::replay)
                .<CompletionStage<WebResponse>>map(CompletableFuture::completedFuture)
                .orElseGet(() -> mscep.handle(request));
    }

    /** The kind of request, by the same rules the recording's probes were chosen by. */
    static Optional<ProfileProbe> probeFor(WebRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            return Optional.empty();
        }
        RawQuery query = RawQuery.parse(request.rawQuery());
        Optional<String> operation = query.get("operation");
        if (operation.isEmpty()) {
            return Optional.of(ProfileProbe.BROWSE);
        }
        Optional<Operation> known = Operation.fromWire(operation.get());
        if (known.isEmpty()) {
            return Optional.of(ProfileProbe.UNKNOWN_OPERATION);
        }
        boolean noMessage = query.get("message").isEmpty();
        return switch (known.get()) {
            case GET_CA_CAPS -> Optional.of(ProfileProbe.GET_CA_CAPS);
            case GET_CA_CERT -> Optional.of(noMessage ? ProfileProbe.GET_CA_CERT_WITHOUT_MESSAGE : ProfileProbe.GET_CA_CERT);
            case PKI_OPERATION -> noMessage && request.method().equals("GET")
                    ? Optional.of(ProfileProbe.PKI_OPERATION_WITHOUT_MESSAGE) : Optional.empty();
            case GET_NEXT_CA_CERT -> Optional.empty();
        };
    }

    private WebResponse replay(RecordedAnswer answer) {
        boolean certificates = answer.bodyText() == null && answer.bodyBase64() == null && answer.status() == 200
                && (answer.kind() == ProfileProbe.GET_CA_CERT || answer.kind() == ProfileProbe.GET_CA_CERT_WITHOUT_MESSAGE);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : answer.headerPairs()) {
            if (!TRANSPORT_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header);
            }
        }
        if (answer.header("Server").isEmpty()) {
            headers.add(Map.entry("Server", ""));
        }
        return new WebResponse(answer.status(), 0, 0, answer.header("Content-Type").orElse(null), headers,
                certificates ? caCertBody.clone() : answer.body(), false, null);
    }
}
