package dev.mockndes.transport;

import dev.mockndes.ndes.IisErrorPage;
import dev.mockndes.scep.Operation;
import dev.mockndes.scep.ScepRequestException;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.ScepService;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Adapts HTTP to {@link ScepService}. Stateless and shared by all connections.
 *
 * <p>The CA operations are answered from precomputed bytes on the event loop; PKIOperation is
 * handed to the worker executor because it does RSA private-key work.
 */
@ChannelHandler.Sharable
final class ScepHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ScepService service;
    private final Executor workers;
    private final Set<String> paths;

    ScepHttpHandler(ScepService service, Executor workers, Set<String> paths) {
        this.service = service;
        this.workers = workers;
        this.paths = paths;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            MalformedHttp.reply(ctx, request.decoderResult().cause());
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        if (!paths.contains(path.toLowerCase(java.util.Locale.ROOT))) {
            HttpReplies.page(ctx, keepAlive, IisErrorPage.NOT_FOUND);
            return;
        }
        if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.POST.equals(request.method())) {
            HttpReplies.page(ctx, keepAlive, IisErrorPage.METHOD_NOT_ALLOWED);
            return;
        }
        RawQuery query = RawQuery.parse(question < 0 ? "" : uri.substring(question + 1));
        Optional<String> operation = query.get("operation");
        if (operation.isEmpty()) {
            HttpReplies.page(ctx, keepAlive, IisErrorPage.FORBIDDEN);
            return;
        }
        Optional<Operation> known = Operation.fromWire(operation.get());
        if (known.isEmpty()) {
            HttpReplies.refuse(ctx, keepAlive, HttpResponseStatus.BAD_REQUEST, "unknown SCEP operation '" + operation.get() + "'");
            return;
        }
        String message = query.get("message").orElse("");
        switch (known.get()) {
            case GET_CA_CAPS -> ok(ctx, keepAlive, service.caCaps(message));
            case GET_CA_CERT -> ok(ctx, keepAlive, service.caCert(message));
            case GET_NEXT_CA_CERT -> service.nextCaCert(message).ifPresentOrElse(r -> ok(ctx, keepAlive, r),
                    () -> HttpReplies.refuse(ctx, keepAlive, HttpResponseStatus.NOT_FOUND, "no next CA certificate is configured"));
            case PKI_OPERATION -> pkiOperation(ctx, keepAlive, request, message);
        }
    }

    private void pkiOperation(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest request, String message) {
        byte[] der;
        try {
            der = HttpMethod.POST.equals(request.method())
                    ? PkiMessageBodies.fromPostBody(ByteBufUtil.getBytes(request.content()))
                    : PkiMessageBodies.fromQueryMessage(message);
        } catch (ScepRequestException e) {
            HttpReplies.refuse(ctx, keepAlive, HttpResponseStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        try {
            workers.execute(() -> answer(ctx, keepAlive, der));
        } catch (RejectedExecutionException e) {
            HttpReplies.refuse(ctx, false, HttpResponseStatus.SERVICE_UNAVAILABLE, "server is shutting down or overloaded");
        }
    }

    /** Runs on a worker thread. */
    private void answer(ChannelHandlerContext ctx, boolean keepAlive, byte[] der) {
        try {
            ok(ctx, keepAlive, service.pkiOperation(der));
        } catch (ScepRequestException e) {
            HttpReplies.refuse(ctx, keepAlive, HttpResponseStatus.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("mock-ndes: PKIOperation failed: " + e);
            HttpReplies.refuse(ctx, false, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getMessage());
        }
    }

    private static void ok(ChannelHandlerContext ctx, boolean keepAlive, ScepResponse response) {
        HttpReplies.send(ctx, keepAlive, HttpResponseStatus.OK, response.contentType(), response.body());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        System.err.println("mock-ndes: closing connection after " + cause);
        ctx.close();
    }
}
