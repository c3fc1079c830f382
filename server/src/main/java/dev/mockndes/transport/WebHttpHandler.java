package dev.mockndes.transport;

import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.ErrorPages;
import dev.mockndes.web.HttpSysPage;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.WebResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpContentException;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Adapts Netty to a {@link WebApplication}: one request in, one response out, the observer told
 * just before the write. This is the one place faults are applied: the fault policy decides before
 * any application sees the request.
 * Stateless and shared by all connections; per-connection state lives in a channel attribute.
 */
@ChannelHandler.Sharable
final class WebHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final AttributeKey<ConnectionState> STATE = AttributeKey.valueOf("mock-ndes.connection");

    private final WebApplication application;
    private final ExchangeObserver observer;
    private final String serverHeader;
    private final FaultPolicy faults;
    private final ScepOverrides overrides;
    private final RequestJournal journal;
    private final HttpSysLimits limits;
    private final java.util.function.Supplier<ErrorPages> errorPages;

    WebHttpHandler(WebApplication application, ExchangeObserver observer, String serverHeader, FaultPolicy faults,
                   ScepOverrides overrides, RequestJournal journal, HttpSysLimits limits,
                   java.util.function.Supplier<ErrorPages> errorPages) {
        this.journal = journal;
        this.limits = limits;
        this.errorPages = errorPages;
        this.application = application;
        this.observer = observer;
        this.serverHeader = serverHeader;
        this.faults = faults;
        this.overrides = overrides;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!PipelinedRequests.holdIfBusy(ctx.channel(), request, held -> handle(ctx, held))) {
            handle(ctx, request);
        }
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
        InetSocketAddress client = (InetSocketAddress) ctx.channel().remoteAddress();
        InetSocketAddress server = (InetSocketAddress) ctx.channel().localAddress();
        if (request.decoderResult().cause() instanceof TooLongHttpContentException) {
            refuseInRequestFiltering(ctx, request, client, server);
            return;
        }
        if (!request.decoderResult().isSuccess()) {
            MalformedHttp.Refusal malformed = MalformedHttp.of(request.decoderResult().cause());
            // The decoder keeps no trace of what it could not parse, so method and URI are unknown.
            observer.refused(client, server, null, null, malformed.response().status(), malformed.httpErrReason());
            ResponseWriter.write(ctx, Persistence.CLOSE, ResponseWriter.HTTP_SYS, malformed.response());
            return;
        }
        WebRequest web = toWebRequest(ctx, request, client, server);
        InFlight.started(ctx.channel());
        FaultPolicy policy = faults.inForce();
        Optional<Fault> fault = policy.faultFor(web);
        Exchange exchange = new Exchange(ctx, web, Persistence.of(request), application, observer, serverHeader,
                journal.record(web, fault), errorPages.get());
        // A scenario's fault stands for a misconfiguration and wins; otherwise HTTP.sys's limits apply first.
        String overLimit = limits.refusal(request.method().name().length() + request.uri().length()
                + request.protocolVersion().text().length() + 2, request.headers());
        if (fault.isPresent()) {
            fault.get().apply(new NettyFaultInjector(exchange, policy.random(), overrides));
        } else if (overLimit != null) {
            exchange.refuseInHttpSys(HttpSysPage.response(400, overLimit).closingConnection(), overLimit);
        } else {
            exchange.proceed(response -> response);
        }
    }

    /** IIS's request filtering: a body over the limit is 404.13, logged by IIS, and the connection closes. */
    private void refuseInRequestFiltering(ChannelHandlerContext ctx, FullHttpRequest request, InetSocketAddress client,
                                          InetSocketAddress server) {
        WebRequest web = toWebRequest(ctx, request, client, server);
        InFlight.started(ctx.channel());
        new Exchange(ctx, web, Persistence.CLOSE, application, observer, serverHeader, journal.record(web, Optional.empty()),
                errorPages.get())
                .answer(WebResponse.page(IisErrorPage.of(404, 13, 0)).closingConnection());
    }

    private static WebRequest toWebRequest(ChannelHandlerContext ctx, FullHttpRequest request, InetSocketAddress client,
                                           InetSocketAddress server) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        ConnectionState state = ctx.channel().attr(STATE).setIfAbsent(new ConnectionState());
        if (state == null) {
            state = ctx.channel().attr(STATE).get();
        }
        return new WebRequest(request.method().name(), question < 0 ? uri : uri.substring(0, question),
                question < 0 ? "" : uri.substring(question + 1), headers, ByteBufUtil.getBytes(request.content()),
                client, server, request.protocolVersion().text(), state);
    }

    /**
     * Closes the connection. A socket error (the client reset or dropped it, which load generators do
     * to every connection they leave) is routine and closed quietly; anything else is reported on stderr.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof java.io.IOException)) {
            System.err.println("mock-ndes: closing connection after " + cause);
        }
        ctx.close();
    }
}
