package dev.mockndes.ndes;

import dev.mockndes.scep.PkiMessageBodies;
import dev.mockndes.scep.ScepRequestException;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.UndecryptableRequest;
import dev.mockndes.store.DiskWriteFailure;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How mscep.dll runs SCEP work that costs private-key operations: the message is decoded on the
 * calling (network) thread, a message that is not SCEP is a 400 there; the crypto runs on the worker
 * executor, and a full executor is a 503 that closes the connection. A request NDES cannot decrypt
 * raises Event 18 and is answered with IIS's 500 page, not a CertRep. A request whose certificate
 * (or pending entry) the data folder refused to record is answered the same way, as NDES answers when
 * it cannot submit the request to its CA: Event 31 and IIS's 500 page, never a certificate.
 */
final class ScepCalls {
    private final Executor workers;
    private final Runnable undecryptable;
    private final Consumer<DiskWriteFailure> unrecorded;

    ScepCalls(Executor workers) {
        this(workers, () -> { }, failure -> { });
    }

    /**
     * @param undecryptable told of every request NDES cannot decrypt (it raises Event 18)
     * @param unrecorded    told of every request the data folder could not record (Event 31)
     */
    ScepCalls(Executor workers, Runnable undecryptable, Consumer<DiskWriteFailure> unrecorded) {
        this.workers = workers;
        this.undecryptable = undecryptable;
        this.unrecorded = unrecorded;
    }

    /** A SCEP call over the PKI message of {@code request} (POST body, or the GET {@code message} parameter). */
    @FunctionalInterface
    interface OnMessage {
        ScepResponse apply(byte[] der) throws ScepRequestException;
    }

    /** A call over the PKI message of a request that answers with a whole web response. */
    @FunctionalInterface
    interface OnMessageAnswer {
        WebResponse apply(byte[] der) throws ScepRequestException;
    }

    CompletionStage<WebResponse> onMessage(WebRequest request, OnMessage call) {
        return onMessageAnswering(request, der -> ok(call.apply(der)));
    }

    CompletionStage<WebResponse> onMessageAnswering(WebRequest request, OnMessageAnswer call) {
        byte[] der;
        try {
            der = request.method().equals("POST") ? PkiMessageBodies.fromPostBody(request.body())
                    : PkiMessageBodies.fromQueryMessage(RawQuery.parse(request.rawQuery()).get("message").orElse(""));
        } catch (ScepRequestException e) {
            return done(WebResponse.refuse(400, e.getMessage()));
        }
        return onWorker(() -> {
            try {
                return call.apply(der);
            } catch (UndecryptableRequest e) {
                undecryptable.run();
                return WebResponse.page(IisErrorPage.of(500, 0, 0));
            } catch (ScepRequestException e) {
                return WebResponse.refuse(400, e.getMessage());
            } catch (DiskWriteFailure e) {
                System.err.println("mock-ndes: an enrolment was refused because the data folder cannot record it: " + e.getMessage());
                unrecorded.accept(e);
                return WebResponse.page(IisErrorPage.of(500, 0, 0));
            }
        });
    }

    CompletionStage<WebResponse> onWorker(Supplier<WebResponse> work) {
        try {
            return CompletableFuture.supplyAsync(work, workers);
        } catch (RejectedExecutionException e) {
            return done(WebResponse.refuse(503, "server is shutting down or overloaded").closingConnection());
        }
    }

    static WebResponse ok(ScepResponse response) {
        return WebResponse.ok(response.contentType(), response.body());
    }

    static CompletionStage<WebResponse> done(WebResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
