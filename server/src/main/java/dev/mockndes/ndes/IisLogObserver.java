package dev.mockndes.ndes;

import dev.mockndes.ndes.log.HttpErrEntry;
import dev.mockndes.ndes.log.HttpErrReason;
import dev.mockndes.ndes.log.IisRequest;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Turns exchanges into IIS log lines (requests the site answered) and HTTPERR lines (requests
 * HTTP.sys refused before the site saw them). The sinks must not block.
 */
public final class IisLogObserver implements ExchangeObserver {
    private final Consumer<IisRequest> iis;
    private final Consumer<HttpErrEntry> httpErr;
    private final Clock clock;

    public IisLogObserver(Consumer<IisRequest> iis, Consumer<HttpErrEntry> httpErr, Clock clock) {
        this.iis = iis;
        this.httpErr = httpErr;
        this.clock = clock;
    }

    @Override
    public void served(WebRequest request, WebResponse response, long timeTakenMillis) {
        iis.accept(new IisRequest(clock.instant(), ip(request.server()), request.method(), request.path(),
                request.rawQuery().isEmpty() ? null : request.rawQuery(), request.server().getPort(), response.username(),
                ip(request.client()), request.header("user-agent").orElse(null), request.header("referer").orElse(null),
                response.status(), response.substatus(), response.win32Status(), timeTakenMillis));
    }

    /** NDES's IIS site, "Default Web Site". */
    static final int SITE_ID = 1;
    /** The application pool NDES setup creates for mscep and mscep_admin. */
    static final String APP_POOL = "SCEP";

    @Override
    public void refused(InetSocketAddress client, InetSocketAddress server, String method, String uri, int status, String reason) {
        HttpErrReason phrase = HttpErrReason.fromWire(reason).orElse(HttpErrReason.BAD_REQUEST);
        boolean routed = phrase.afterRouting();
        httpErr.accept(new HttpErrEntry(clock.instant(), ip(client), client.getPort(), ip(server), server.getPort(), "HTTP/1.1",
                method, uri, status, routed ? SITE_ID : null, phrase, routed ? APP_POOL : null));
    }

    private static String ip(InetSocketAddress address) {
        return address.getAddress().getHostAddress();
    }
}
