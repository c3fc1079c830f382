package dev.mockndes.ndes;

import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * IIS's courtesy redirect for an application folder named without its trailing slash, e.g.
 * {@code /certsrv/mscep} → {@code 301 Location: /certsrv/mscep/}, logged {@code 301 0 0}. The query is kept.
 */
public final class FolderRedirect implements WebApplication {
    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        String location = request.path() + "/" + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        return CompletableFuture.completedFuture(to(location, null));
    }

    /** The 301 with IIS's "Document Moved" body; {@code user} is the authenticated user for the log, or null. */
    static WebResponse to(String location, String user) {
        byte[] body = ("<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found "
                + "<a HREF=\"" + location + "\">here</a></body>").getBytes(StandardCharsets.US_ASCII);
        return new WebResponse(301, 0, 0, "text/html; charset=UTF-8", List.of(Map.entry("Location", location)), body, false, user);
    }
}
