package dev.mockndes.transport;

import dev.mockndes.web.ErrorPages;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** One request on its way to an answer: the normal path (application, log, write) and its variations. */
final class Exchange {
    final ChannelHandlerContext ctx;
    final WebRequest request;
    final Persistence keepAlive;
    private final WebApplication application;
    private final ExchangeObserver observer;
    private final String serverHeader;
    private final long started = System.nanoTime();
    private final RequestJournal.Entry journal;
    private final ErrorPages errorPages;

    Exchange(ChannelHandlerContext ctx, WebRequest request, Persistence keepAlive, WebApplication application,
             ExchangeObserver observer, String serverHeader, RequestJournal.Entry journal, ErrorPages errorPages) {
        this.journal = journal;
        this.errorPages = errorPages;
        this.ctx = ctx;
        this.request = request;
        this.keepAlive = keepAlive;
        this.application = application;
        this.observer = observer;
        this.serverHeader = serverHeader;
    }

    /** The normal path, with the site's response passed through {@code transform} before it is logged and written. */
    void proceed(UnaryOperator<WebResponse> transform) {
        handled().whenComplete((response, failure) -> guarded(() -> answer(transform.apply(failure == null ? response
                : internalError(failure)))));
    }

    /**
     * Runs a completion step; if it throws, the failure is reported and the connection closed, so a
     * client never waits for a response nobody will write.
     */
    void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("mock-ndes: cannot answer " + request.method() + " " + request.path() + ": " + e);
            finished();
            ctx.close();
        }
    }

    /** The response is out (or will never be): the connection may idle out again. */
    void finished() {
        InFlight.finished(ctx.channel());
    }

    /** The application's answer; an exception it throws instead of returning becomes a failed stage (then a 500). */
    private CompletionStage<WebResponse> handled() {
        try {
            return application.handle(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Logs, then writes. Logged first so that a client holding the response can already find its log line. */
    void answer(WebResponse response) {
        log(response);
        ResponseWriter.write(ctx, keepAlive, serverHeader, shown(response)).addListener(written -> finished());
    }

    /** The page this client is shown: IIS's detailed or custom error page, by {@link ErrorPages}. */
    private WebResponse shown(WebResponse response) {
        return errorPages.shownTo(request.client(), response);
    }

    /** The normal path, with the body trickling out at {@code bytesPerSecond}. */
    void proceedSlowly(int bytesPerSecond) {
        handled().whenComplete((response, failure) -> guarded(() -> {
            WebResponse answer = failure == null ? response : internalError(failure);
            log(answer);
            SlowWriter.write(ctx, keepAlive, serverHeader, shown(answer), bytesPerSecond);
        }));
    }

    void log(WebResponse response) {
        journal.status = response.status();
        observer.served(request, response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    void refuseInHttpSys(WebResponse response, String reason) {
        journal.status = response.status();
        observer.refused(request.client(), request.server(), request.method(), request.target(), response.status(), reason);
        ResponseWriter.write(ctx, Persistence.CLOSE, ResponseWriter.HTTP_SYS, response).addListener(written -> finished());
    }

    void writeUnlogged(WebResponse response) {
        journal.status = response.status();
        ResponseWriter.write(ctx, keepAlive, serverHeader, shown(response)).addListener(written -> finished());
    }

    private static WebResponse internalError(Throwable failure) {
        System.err.println("mock-ndes: request failed: " + failure);
        return WebResponse.refuse(500, "internal error: " + failure.getMessage()).closingConnection();
    }
}
