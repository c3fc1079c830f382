package dev.mockndes.ndes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real HttpClient with NTLM against a tiny JDK HTTP server that delegates to the authenticator,
 * keeping one {@link AuthConnection} per client socket address. The timeout only turns a hang
 * into a failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NtlmOverHttpTest {
    private final HttpAuthenticator authenticator = new HttpAuthenticator(WindowsAuthSettings.of(Map.of("ndesadmin", "Pa55w.rd")));
    private final Map<SocketAddress, AuthConnection> connections = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certsrv/mscep_admin/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void httpclientLogsOnWithNtlmOverOneConnection() throws Exception {
        assertThat(get("ndesadmin", "Pa55w.rd")).isEqualTo("200 MOCKNDES\\ndesadmin");
        assertThat(connections).hasSize(1);
    }

    @Test
    void httpclientWithAWrongPasswordEndsWithA401() throws Exception {
        assertThat(get("ndesadmin", "guess")).isEqualTo("401 wrong password for ndesadmin");
    }

    @SuppressWarnings("deprecation")
    private String get(String user, String password) throws IOException {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(null, -1), new NTCredentials(user, password.toCharArray(), "WORKSTATION", "MOCKNDES"));
        try (CloseableHttpClient client = HttpClients.custom()
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create()
                        .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE).build())
                .setDefaultRequestConfig(RequestConfig.custom().setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.NTLM)).build())
                .setDefaultCredentialsProvider(credentials).build()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certsrv/mscep_admin/");
            return client.execute(new HttpGet(uri), response -> response.getCode() + " " + EntityUtils.toString(response.getEntity()));
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        AuthConnection connection = connections.computeIfAbsent(exchange.getRemoteAddress(), address -> new AuthConnection());
        AuthDecision decision = authenticator.authenticate(exchange.getRequestHeaders().getFirst("Authorization"), connection);
        String body = "challenge";
        if (decision instanceof AuthDecision.Authenticated a) {
            body = a.user();
        } else if (decision instanceof AuthDecision.Challenge c) {
            c.wwwAuthenticate().forEach(value -> exchange.getResponseHeaders().add("WWW-Authenticate", value));
        } else if (decision instanceof AuthDecision.Refused r) {
            r.wwwAuthenticate().forEach(value -> exchange.getResponseHeaders().add("WWW-Authenticate", value));
            body = r.reason();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(decision instanceof AuthDecision.Authenticated ? 200 : 401, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
