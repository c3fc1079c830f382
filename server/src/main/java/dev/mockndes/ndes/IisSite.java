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
 * does) mapped to applications; anything else gets IIS's 404 page.
 */
public final class IisSite implements WebApplication {
    private final Map<String, WebApplication> routes = new LinkedHashMap<>();

    public IisSite route(String path, WebApplication application) {
        routes.put(path.toLowerCase(Locale.ROOT), application);
        return this;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        WebApplication application = routes.get(request.path().toLowerCase(Locale.ROOT));
        if (application == null) {
            return CompletableFuture.completedFuture(WebResponse.page(IisErrorPage.NOT_FOUND));
        }
        return application.handle(request);
    }
}
