package dev.mockndes.ndes;

import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.protocol.Operation;
import dev.mockndes.scep.ForcedReplies;
import dev.mockndes.web.RawQuery;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** mscep.dll's forced answers, on the same workers and with the same refusals as its normal ones. */
public final class MscepOverrides implements ScepOverrides {
    private final ForcedReplies replies;
    private final ScepCalls calls;

    public MscepOverrides(ForcedReplies replies, Executor workers) {
        this.replies = replies;
        this.calls = new ScepCalls(workers);
    }

    @Override
    public Optional<CompletionStage<WebResponse>> refuse(WebRequest request, FailInfo failInfo) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessage(r, der -> replies.refuse(der, failInfo)));
    }

    @Override
    public Optional<CompletionStage<WebResponse>> pend(WebRequest request) {
        return when(request, Operation.PKI_OPERATION).map(r -> calls.onMessage(r, replies::pend));
    }

    /** Generating a variant costs RSA key generation the first time, so it runs on a worker. */
    @Override
    public Optional<CompletionStage<WebResponse>> caCert(WebRequest request, RaVariant variant) {
        return when(request, Operation.GET_CA_CERT).map(r -> calls.onWorker(() -> ScepCalls.ok(replies.caCert(variant))));
    }

    /** The first use of a variant may generate an RSA key, so it runs on a worker. */
    @Override
    public Optional<CompletionStage<WebResponse>> caCertSet(WebRequest request, CaCertVariant variant) {
        return when(request, Operation.GET_CA_CERT).map(r -> calls.onWorker(() -> ScepCalls.ok(replies.caCertSet(variant))));
    }

    private static Optional<WebRequest> when(WebRequest request, Operation operation) {
        return RawQuery.parse(request.rawQuery()).get("operation").flatMap(Operation::fromWire)
                .filter(operation::equals).map(found -> request);
    }
}
