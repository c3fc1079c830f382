package dev.mockndes.ndes;

import static dev.mockndes.ndes.ScepCalls.done;
import static dev.mockndes.ndes.ScepCalls.ok;

import dev.mockndes.protocol.Operation;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.ScepService;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * mscep.dll: the SCEP operations over HTTP. The CA operations are answered from precomputed bytes
 * on the calling (network) thread; PKIOperation is handed to the worker executor because it does
 * RSA private-key work.
 *
 * <p>The service may still be in the making when the first requests come (a start is ready before
 * its RA pair exists, see {@code pki.EphemeralCa}): until it is, GetCACaps is answered from the
 * capabilities given for that time, and the other operations wait for the service on a worker,
 * never on the network thread.
 */
public final class MscepApplication implements WebApplication {
    private final CompletableFuture<ScepService> service;
    private final Optional<ScepResponse> capsMeanwhile;
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
        this(CompletableFuture.completedFuture(service), Optional.empty(), workers, pages, events, capsContentType);
    }

    /**
     * mscep.dll over a service that {@code service} completes with.
     *
     * @param capsMeanwhile the GetCACaps answer until then, the one the service will give; when empty, GetCACaps waits too
     */
    public MscepApplication(CompletableFuture<ScepService> service, Optional<ScepResponse> capsMeanwhile, Executor workers,
                            NdesPages pages, NdesEvents events, boolean capsContentType) {
        this.service = service;
        this.capsMeanwhile = capsMeanwhile;
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
        Operation asked = known.get();
        if (asked == Operation.PKI_OPERATION) {
            return calls.onMessage(request, der -> ready().pkiOperation(der));
        }
        if (service.isDone()) {
            return done(caOperation(asked, ready(), message));
        }
        if (asked == Operation.GET_CA_CAPS && capsMeanwhile.isPresent()) {
            return done(caps(capsMeanwhile.get()));
        }
        return calls.onWorker(() -> caOperation(asked, ready(), message));
    }

    /** GetCACaps, GetCACert or GetNextCACert. */
    private WebResponse caOperation(Operation operation, ScepService scep, String message) {
        return switch (operation) {
            case GET_CA_CAPS -> caps(scep.caCaps(message));
            case GET_CA_CERT -> ok(scep.caCert(message));
            case GET_NEXT_CA_CERT -> scep.nextCaCert(message).map(ScepCalls::ok)
                    .orElseGet(() -> WebResponse.refuse(404, "no next CA certificate is configured"));
            case PKI_OPERATION -> throw new IllegalArgumentException("PKIOperation is not a CA operation");
        };
    }

    private WebResponse caps(ScepResponse caps) {
        return capsContentType ? ok(caps) : WebResponse.ok(null, caps.body());
    }

    /** The service, waiting for it if it is still in the making (on a worker only). */
    private ScepService ready() {
        try {
            return service.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
