package dev.mockndes.ndes;

import dev.mockndes.pki.RaVariant;
import dev.mockndes.scep.FailInfo;
import dev.mockndes.scep.Operation;
import dev.mockndes.scep.ScepRequestException;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.ScepService;
import dev.mockndes.transport.PkiMessageBodies;
import dev.mockndes.transport.RawQuery;
import dev.mockndes.transport.ScepOverrides;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * mscep.dll: the SCEP operations over HTTP. The CA operations are answered from precomputed bytes
 * on the calling (network) thread; PKIOperation is handed to the worker executor because it does
 * RSA private-key work.
 */
public final class MscepApplication implements WebApplication, ScepOverrides {
    private final ScepService service;
    private final Executor workers;
    private final NdesPages pages;

    public MscepApplication(ScepService service, Executor workers, NdesPages pages) {
        this.service = service;
        this.workers = workers;
        this.pages = pages;
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
            case GET_CA_CAPS -> done(ok(service.caCaps(message)));
            case GET_CA_CERT -> done(ok(service.caCert(message)));
            case GET_NEXT_CA_CERT -> done(service.nextCaCert(message).map(MscepApplication::ok)
                    .orElseGet(() -> WebResponse.refuse(404, "no next CA certificate is configured")));
            case PKI_OPERATION -> pkiOperation(request, message);
        };
    }

    @Override
    public boolean applies(WebRequest request) {
        return RawQuery.parse(request.rawQuery()).get("operation").flatMap(Operation::fromWire)
                .filter(Operation.PKI_OPERATION::equals).isPresent();
    }

    @Override
    public CompletionStage<WebResponse> refuse(WebRequest request, FailInfo failInfo) {
        return onWorker(request, RawQuery.parse(request.rawQuery()).get("message").orElse(""),
                der -> service.refuse(der, failInfo));
    }

    @Override
    public boolean isGetCaCert(WebRequest request) {
        return RawQuery.parse(request.rawQuery()).get("operation").flatMap(Operation::fromWire)
                .filter(Operation.GET_CA_CERT::equals).isPresent();
    }

    /** Generating a variant costs RSA key generation the first time, so it runs on a worker. */
    @Override
    public CompletionStage<WebResponse> caCert(WebRequest request, RaVariant variant) {
        String message = RawQuery.parse(request.rawQuery()).get("message").orElse("");
        try {
            return CompletableFuture.supplyAsync(() -> ok(service.caCert(message, variant)), workers);
        } catch (RejectedExecutionException e) {
            return done(WebResponse.refuse(503, "server is shutting down or overloaded").closingConnection());
        }
    }

    @Override
    public CompletionStage<WebResponse> pend(WebRequest request) {
        return onWorker(request, RawQuery.parse(request.rawQuery()).get("message").orElse(""), service::pend);
    }

    private CompletionStage<WebResponse> pkiOperation(WebRequest request, String message) {
        return onWorker(request, message, service::pkiOperation);
    }

    /** Decodes the message here, then does the crypto on a worker thread. */
    private CompletionStage<WebResponse> onWorker(WebRequest request, String message, ScepCall call) {
        byte[] der;
        try {
            der = request.method().equals("POST") ? PkiMessageBodies.fromPostBody(request.body())
                    : PkiMessageBodies.fromQueryMessage(message);
        } catch (ScepRequestException e) {
            return done(WebResponse.refuse(400, e.getMessage()));
        }
        try {
            return CompletableFuture.supplyAsync(() -> answer(call, der), workers);
        } catch (RejectedExecutionException e) {
            return done(WebResponse.refuse(503, "server is shutting down or overloaded").closingConnection());
        }
    }

    private static WebResponse answer(ScepCall call, byte[] der) {
        try {
            return ok(call.apply(der));
        } catch (ScepRequestException e) {
            return WebResponse.refuse(400, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ScepCall {
        ScepResponse apply(byte[] der) throws ScepRequestException;
    }

    private static WebResponse ok(ScepResponse response) {
        return WebResponse.ok(response.contentType(), response.body());
    }

    private static CompletionStage<WebResponse> done(WebResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
