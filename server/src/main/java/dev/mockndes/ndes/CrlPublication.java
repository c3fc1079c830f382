package dev.mockndes.ndes;

import dev.mockndes.web.IisErrorPage;
import dev.mockndes.enroll.CrlIssuer;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The CA's CRL as IIS serves it from AD CS's CertEnroll folder: a static DER file,
 * {@code application/pkix-crl}. Building a new CRL signs with the CA key, so it runs on a worker.
 */
public final class CrlPublication implements WebApplication {
    public static final String CONTENT_TYPE = "application/pkix-crl";

    private final CrlIssuer crls;
    private final Executor workers;

    public CrlPublication(CrlIssuer crls, Executor workers) {
        this.crls = crls;
        this.workers = workers;
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return CompletableFuture.completedFuture(WebResponse.page(IisErrorPage.METHOD_NOT_ALLOWED).withHeader("Allow", "GET, HEAD"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> WebResponse.ok(CONTENT_TYPE, encoded()), workers);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(WebResponse.refuse(503, "server is shutting down or overloaded").closingConnection());
        }
    }

    private byte[] encoded() {
        try {
            return crls.current().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
