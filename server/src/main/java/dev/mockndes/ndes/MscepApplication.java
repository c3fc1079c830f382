package dev.mockndes.ndes;

import static dev.mockndes.ndes.ScepCalls.done;
import static dev.mockndes.ndes.ScepCalls.ok;

import dev.mockndes.protocol.Operation;
import dev.mockndes.scep.ScepService;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * mscep.dll: the SCEP operations over HTTP. The CA operations are answered from precomputed bytes
 * on the calling (network) thread; PKIOperation is handed to the worker executor because it does
 * RSA private-key work.
 */
public final class MscepApplication implements WebApplication {
    private final ScepService service;
    private final ScepCalls calls;
    private final NdesPages pages;
    private final boolean capsContentType;

    public MscepApplication(ScepService service, Executor workers, NdesPages pages) {
        this(service, workers, pages, NdesEvents.NONE, true);
    }

    /**
     * @param events          raises Event 18 for a request NDES cannot decrypt
     * @param capsContentType false to send GetCACaps without a Content-Type, as an older NDES did
     */
    public MscepApplication(ScepService service, Executor workers, NdesPages pages, NdesEvents events, boolean capsContentType) {
        this.service = service;
        this.calls = new ScepCalls(workers, events::cannotDecrypt, events::cannotSubmit);
        this.pages = pages;
        this.capsContentType = capsContentType;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            return done(WebResponse.page(IisErrorPage.METHOD_NOT_ALLOWED).withHeader("Allow", "GET, POST"));
        }
        RawQuery query = RawQuery.parse(request.rawQuery());
        Optional<String> operation = query.get("operation");
        if (operation.isEmpty()) {
            return done(pages.browse());
        }
        Optional<Operation> known = Operation.fromWire(operation.get());
        if (known.isEmpty()) {
            return done(WebResponse.refuse(400, "unknown SCEP operation '" + operation.get() + "'"));
        }
        String message = query.get("message").orElse("");
        return switch (known.get()) {
            case GET_CA_CAPS -> done(capsContentType ? ok(service.caCaps(message))
                    : WebResponse.ok(null, service.caCaps(message).body()));
            case GET_CA_CERT -> done(ok(service.caCert(message)));
            case GET_NEXT_CA_CERT -> done(service.nextCaCert(message).map(ScepCalls::ok)
                    .orElseGet(() -> WebResponse.refuse(404, "no next CA certificate is configured")));
            case PKI_OPERATION -> calls.onMessage(request, service::pkiOperation);
        };
    }
}
