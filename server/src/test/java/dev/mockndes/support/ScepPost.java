package dev.mockndes.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts a hand-built PKIOperation to a real listener and takes the CertRep apart. */
public final class ScepPost {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ScepPost() {
    }

    public static CertRepView pkiOperation(String scepUrl, byte[] message) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(scepUrl + "?operation=PKIOperation"))
                .header("Content-Type", "application/x-pki-message")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("PKIOperation answered HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
        return new CertRepView(response.body());
    }

    /** An admin API call; returns the status and the body. */
    public static HttpResponse<String> admin(String adminUrl, String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(adminUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
