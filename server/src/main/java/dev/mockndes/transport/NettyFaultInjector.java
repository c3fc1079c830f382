package dev.mockndes.transport;

import dev.mockndes.fault.FaultInjector;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.scep.FailInfo;
import dev.mockndes.web.WebResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import java.time.Duration;
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
        answerPkiOperation(() -> overrides.refuse(exchange.request, failInfo));
    }

    @Override
    public void scepPending() {
        answerPkiOperation(() -> overrides.pend(exchange.request));
    }

    @Override
    public void caCertificates(RaVariant variant) {
        if (!overrides.isGetCaCert(exchange.request)) {
            exchange.proceed(r -> r);
            return;
        }
        overrides.caCert(exchange.request, variant).whenComplete((response, failure) -> exchange.guarded(() -> exchange.answer(
                failure == null ? response : WebResponse.refuse(500, "cannot make the RA certificates: " + failure.getMessage()))));
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

    private void answerPkiOperation(java.util.function.Supplier<java.util.concurrent.CompletionStage<WebResponse>> answer) {
        if (!overrides.applies(exchange.request)) {
            exchange.proceed(r -> r);
            return;
        }
        answer.get().whenComplete((response, failure) -> exchange.guarded(() -> exchange.answer(
                failure == null ? response : WebResponse.refuse(400, failure.getMessage()))));
    }

    private void later(Duration delay, Runnable action) {
        exchange.ctx.executor().schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
