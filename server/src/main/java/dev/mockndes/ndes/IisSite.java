package dev.mockndes.ndes;

import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The IIS "Default Web Site" of an NDES server: exact paths (matched case-insensitively, as IIS
 * does) mapped to applications; anything else gets IIS's 404 page. Request filtering comes first,
 * with the limits NDES setup writes: {@code maxUrl} 4096 on the path (404.14), {@code maxQueryString}
 * 65536 (404.15).
 */
public final class IisSite implements WebApplication {
    /** requestLimits maxUrl: counts the path only, not the query string. */
    public static final int MAX_URL = 4096;
    /** requestLimits maxQueryString, as NDES setup sets it on /CertSrv/mscep and /CertSrv/mscep_admin. */
    public static final int MAX_QUERY_STRING = 65536;

    private final Map<String, WebApplication> routes = new LinkedHashMap<>();

    public IisSite route(String path, WebApplication application) {
        routes.put(path.toLowerCase(Locale.ROOT), application);
        return this;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        if (request.path().length() > MAX_URL) {
            return CompletableFuture.completedFuture(WebResponse.page(IisErrorPage.of(404, 14, 0)));
        }
        if (request.rawQuery().length() > MAX_QUERY_STRING) {
            return CompletableFuture.completedFuture(WebResponse.page(IisErrorPage.of(404, 15, 0)));
        }
        WebApplication application = routes.get(request.path().toLowerCase(Locale.ROOT));
        if (application == null) {
            return CompletableFuture.completedFuture(WebResponse.page(IisErrorPage.NOT_FOUND));
        }
        return application.handle(request);
    }
}
