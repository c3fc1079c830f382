package dev.mockndes.ndes;

import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.ndes.connector.IntuneConnector;
import dev.mockndes.enroll.FailedRequests;
import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.protocol.Operation;
import dev.mockndes.scep.ForcedReplies;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** mscep.dll's forced answers, on the same workers and with the same refusals as its normal ones. */
public final class MscepOverrides implements ScepOverrides {
    /** Made once the RA pair exists; read on the workers only, which wait for it if a start is that fresh. */
    private final CompletableFuture<ForcedReplies> replies;
    /** mscep_admin's folder, as every spelling of its URL begins (compared in lower case). */
    private static final String ADMIN_FOLDER = "/certsrv/mscep_admin";
    private final ScepCalls calls;
    private final FailedRequests failedRequests;
    private final NdesEvents events;
    private final IntuneConnector connector;
    private final FailInfo badChallenge;

    /**
     * @param failedRequests where the CA keeps the requests it denies
     * @param events         raises Event 31 (NDES) and Event 53 (CA) for refusals at the CA
     * @param connector      writes the connector's side of a forced connector refusal
     * @param badChallenge   the failInfo NDES answers a refused challenge with (the server's setting)
     */
    public MscepOverrides(ForcedReplies replies, Executor workers, FailedRequests failedRequests, NdesEvents events,
                          IntuneConnector connector, FailInfo badChallenge) {
        this(CompletableFuture.completedFuture(replies), workers, failedRequests, events, connector, badChallenge);
    }

    /** The same, over forced replies that {@code replies} completes with (they need the RA pair). */
    public MscepOverrides(CompletableFuture<ForcedReplies> replies, Executor workers, FailedRequests failedRequests, NdesEvents events,
                          IntuneConnector connector, FailInfo badChallenge) {
        this.replies = replies;
        this.calls = new ScepCalls(workers);
        this.failedRequests = failedRequests;
        this.events = events;
        this.connector = connector;
        this.badChallenge = badChallenge;
    }

    @Override
    public Optional<CompletionStage<WebResponse>> refuse(WebRequest request, FailInfo failInfo) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessage(r, der -> replies().refuse(der, failInfo)));
    }

    /** A message that is not SCEP at all is refused before the connector is asked, as NDES would. */
    @Override
    public Optional<CompletionStage<WebResponse>> connectorRefuses(WebRequest request, ConnectorOutcome outcome) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessage(r, der -> replies().refuse(der, badChallenge,
                transactionId -> connector.verify(outcome, "transaction " + transactionId, outcome.word()))));
    }

    /** The FAILURE is built first, so a request that is not SCEP gets its 400 and leaves no event behind. */
    @Override
    public Optional<CompletionStage<WebResponse>> refuseAtCa(WebRequest request, CaRefusal refusal) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessageAnswering(r, der -> {
            WebResponse failure = ScepCalls.ok(replies().refuse(der, refusal.failInfo(), refusal.hresult()));
            refusal.caStatus().ifPresent(status -> events.caDenied(failedRequests.deny(
                    replies().requestedSubject(der).map(Object::toString).orElse(""), status, refusal.reason())));
            events.cannotSubmit(refusal);
            return refusal.answer() == CaRefusal.Answer.HTTP_500 ? WebResponse.page(IisErrorPage.of(500, 0, 0)) : failure;
        }));
    }

    @Override
    public Optional<UnaryOperator<WebResponse>> adminPasswordUndecryptable(WebRequest request) {
        if (!request.path().toLowerCase(Locale.ROOT).startsWith(ADMIN_FOLDER)) {
            return Optional.empty();
        }
        return Optional.of(page -> {
            if (page.status() != 200) {
                return page;
            }
            events.passwordNotDecrypted();
            return WebResponse.page(IisErrorPage.of(500, 0, 0)).asUser(page.username());
        });
    }

    @Override
    public Optional<CompletionStage<WebResponse>> pend(WebRequest request) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessage(r, der -> replies().pend(der)));
    }

    /** Generating a variant costs RSA key generation the first time, so it runs on a worker. */
    @Override
    public Optional<CompletionStage<WebResponse>> caCert(WebRequest request, RaVariant variant) {
        return when(request, Operation.GET_CA_CERT).map(r -> calls.onWorker(() -> ScepCalls.ok(replies().caCert(variant))));
    }

    /** The first use of a variant may generate an RSA key, so it runs on a worker. */
    @Override
    public Optional<CompletionStage<WebResponse>> caCertSet(WebRequest request, CaCertVariant variant) {
        return when(request, Operation.GET_CA_CERT).map(r -> calls.onWorker(() -> ScepCalls.ok(replies().caCertSet(variant))));
    }

    private static Optional<WebRequest> when(WebRequest request, Operation operation) {
        return RawQuery.parse(request.rawQuery()).get("operation").flatMap(Operation::fromWire)
                .filter(operation::equals).map(found -> request);
    }

    /** The forced replies, waiting for them if the RA pair is still being made (called on the workers only). */
    private ForcedReplies replies() {
        try {
            return replies.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
