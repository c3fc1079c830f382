package dev.mockndes.transport;

import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.fault.FaultInjector;
import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.WebResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/** The only place faults touch the network: each verb acts on one {@link Exchange}. */
final class NettyFaultInjector implements FaultInjector {
    private final Exchange exchange;
    private final RandomGenerator random;
    private final ScepOverrides overrides;

    NettyFaultInjector(Exchange exchange, RandomGenerator random, ScepOverrides overrides) {
        this.exchange = exchange;
        this.random = random;
        this.overrides = overrides;
    }

    @Override
    public void respond(WebResponse response) {
        exchange.answer(response);
    }

    @Override
    public void respondAsProxy(Duration delay, WebResponse response) {
        later(delay, () -> exchange.guarded(() -> exchange.writeUnlogged(response)));
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public void refuseInHttpSys(WebResponse response, String reason) {
        exchange.refuseInHttpSys(response, reason);
    }

    @Override
    public void proceedAfter(Duration delay) {
        later(delay, () -> exchange.proceed(r -> r));
    }

    @Override
    public void reset() {
        exchange.ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        exchange.ctx.close();
    }

    @Override
    public void closeWithoutResponse() {
        exchange.ctx.close();
    }

    @Override
    public void hang(Duration atMost) {
        later(atMost, exchange.ctx::close);
    }

    @Override
    public void overrideContentType(String contentType) {
        exchange.proceed(r -> new WebResponse(r.status(), r.substatus(), r.win32Status(), contentType, r.headers(), r.body(),
                r.close(), r.username()));
    }

    @Override
    public void truncateBody(double fraction) {
        exchange.proceed(r -> r.truncatedTo((int) (r.body().length * fraction)));
    }

    @Override
    public void scepFailure(FailInfo failInfo) {
        answerOrProceed(overrides.refuse(exchange.request, failInfo), 400, "");
    }

    @Override
    public void connectorRefusal(ConnectorOutcome outcome) {
        answerOrProceed(overrides.connectorRefuses(exchange.request, outcome), 400, "");
    }

    @Override
    public void refuseAtCa(dev.mockndes.ndes.CaRefusal refusal) {
        answerOrProceed(overrides.refuseAtCa(exchange.request, refusal), 400, "");
    }

    @Override
    public void adminPasswordUndecryptable() {
        exchange.proceed(overrides.adminPasswordUndecryptable(exchange.request).orElse(r -> r));
    }

    @Override
    public void inFrontOfAdmin(dev.mockndes.fault.AdminGateway gateway) {
        gateway.answerInstead(exchange.request).ifPresentOrElse(own -> exchange.guarded(() -> exchange.writeUnlogged(own)),
                () -> exchange.proceed(r -> gateway.onTheWayBack(exchange.request, r)));
    }

    @Override
    public void scepPending() {
        answerOrProceed(overrides.pend(exchange.request), 400, "");
    }

    @Override
    public void caCertificates(RaVariant variant) {
        answerOrProceed(overrides.caCert(exchange.request, variant), 500, "cannot make the RA certificates: ");
    }

    @Override
    public void caCertificateSet(CaCertVariant variant) {
        answerOrProceed(overrides.caCertSet(exchange.request, variant), 500, "cannot make the CA certificates: ");
    }

    @Override
    public void slowBody(int bytesPerSecond) {
        exchange.proceedSlowly(bytesPerSecond);
    }

    @Override
    public void garbageThenClose(int bytes) {
        byte[] garbage = new byte[bytes];
        random.nextBytes(garbage);
        // Written from the first handler's context, so it bypasses the HTTP encoder and reaches the socket as is.
        exchange.ctx.pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(garbage))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** The forced answer when there is one (a failure to make it is {@code failureStatus}), else the normal path. */
    private void answerOrProceed(Optional<CompletionStage<WebResponse>> forced, int failureStatus, String failurePrefix) {
        if (forced.isEmpty()) {
            exchange.proceed(r -> r);
            return;
        }
        forced.get().whenComplete((response, failure) -> exchange.guarded(() -> exchange.answer(failure == null ? response
                : WebResponse.refuse(failureStatus, failurePrefix + rootMessage(failure)))));
    }

    private static String rootMessage(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause().getMessage() : failure.getMessage();
    }

    private void later(Duration delay, Runnable action) {
        exchange.ctx.executor().schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
