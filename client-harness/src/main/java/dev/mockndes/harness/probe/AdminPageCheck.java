package dev.mockndes.harness.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.auth.AuthChallenge;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.ChallengeType;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.impl.auth.AuthChallengeParser;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.NTLMScheme;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.message.ParserCursor;

/**
 * What an MDM server fetching challenges meets at /certsrv/mscep_admin/: one anonymous GET, then the
 * NTLM handshake on that same connection, as NDES requires (NTLM authenticates the connection). Without
 * a logon it still sends NTLM's first message, which needs no credentials, to see whether the
 * connection survives the 401. Gateways in front of mscep_admin show here: one answering the
 * anonymous request itself, one closing the connection after each 401, one offering Basic only.
 */
final class AdminPageCheck {
    static final String PATH = "/certsrv/mscep_admin/";

    /** What the check found. */
    enum Kind {
        /** The admin page came back after logon (or the handshake got as far as it could without one). */
        HEALTHY,
        /** The anonymous request was answered 200: something in front answers without Windows authentication. */
        ANSWERED_ANONYMOUS,
        /** The connection was closed after the 401: NTLM cannot complete. */
        CLOSED_AFTER_CHALLENGE,
        /** Only Basic is offered: NDES offers Negotiate and NTLM. */
        BASIC_ONLY,
        /** The logged-on request got 500 from IIS. */
        SERVER_ERROR,
        /** The logon was refused or the answers were unexpected. */
        OTHER
    }

    /** @param detail what was seen, in a sentence */
    record Seen(Kind kind, String detail) {
    }

    private record Answer(int status, List<String> wwwAuthenticate, boolean closes, String server, byte[] body) {
    }

    private final RawHttp http;

    /** @param http opens the connection, with the probe's timeouts and TLS trust */
    AdminPageCheck(RawHttp http) {
        this.http = http;
    }

    Seen check(URI scepUrl, Optional<AdminLogon> logon) {
        URI admin = scepUrl.resolve(PATH);
        boolean tls = "https".equalsIgnoreCase(admin.getScheme());
        int port = admin.getPort() != -1 ? admin.getPort() : tls ? 443 : 80;
        String host = admin.getHost() + (admin.getPort() == -1 ? "" : ":" + admin.getPort());
        try (Socket socket = http.open(admin.getHost(), port, tls)) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            Answer anonymous = exchange(in, out, host, null);
            if (anonymous.status() == 200) {
                return new Seen(Kind.ANSWERED_ANONYMOUS, "an anonymous GET " + PATH + " was answered 200 (Server: " + anonymous.server()
                        + "); NDES always asks for Windows authentication first, so something in front answers for it");
            }
            if (anonymous.status() != 401) {
                return new Seen(Kind.OTHER, "an anonymous GET " + PATH + " was answered " + anonymous.status() + ", not 401");
            }
            if (offers(anonymous, "basic") && !offers(anonymous, "ntlm") && !offers(anonymous, "negotiate")) {
                return new Seen(Kind.BASIC_ONLY, "the 401 offers only " + anonymous.wwwAuthenticate()
                        + "; NDES offers Negotiate and NTLM, so a gateway in front speaks Basic for it");
            }
            Ntlm ntlm = new Ntlm(logon.orElse(new AdminLogon("probe", "")), admin.getHost());
            Answer challenge;
            try {
                challenge = anonymous.closes() ? null : exchange(in, out, host, ntlm.next(List.of("NTLM")));
            } catch (EOFException | java.net.SocketException e) {
                challenge = null;
            }
            if (challenge == null) {
                return new Seen(Kind.CLOSED_AFTER_CHALLENGE, "the connection was closed after the 401, so NTLM, which authenticates "
                        + "the connection, cannot complete: keep the connection open (sticky, no per-request pooling) in front of mscep_admin");
            }
            if (challenge.status() != 401 || !offers(challenge, "ntlm", true)) {
                return new Seen(Kind.OTHER, "NTLM's first message got " + challenge.status() + " without an NTLM challenge");
            }
            if (logon.isEmpty()) {
                return new Seen(Kind.HEALTHY, "401 with Negotiate and NTLM, and the connection carries the NTLM handshake "
                        + "(no --admin-user, so the page itself was not opened)");
            }
            Answer page = exchange(in, out, host, ntlm.next(challenge.wwwAuthenticate()));
            return switch (page.status()) {
                case 200 -> new Seen(Kind.HEALTHY, "the NTLM logon as " + logon.get().user() + " opened the page");
                case 500 -> new Seen(Kind.SERVER_ERROR, "after the NTLM logon as " + logon.get().user() + " the page answered 500");
                case 401 -> new Seen(Kind.OTHER, "the NTLM logon as " + logon.get().user() + " was refused (401)");
                default -> new Seen(Kind.OTHER, "after the NTLM logon the page answered " + page.status());
            };
        } catch (IOException | RuntimeException e) {
            return new Seen(Kind.OTHER, "GET " + PATH + " failed: " + dev.mockndes.common.SystemWords.of(e));
        }
    }

    /** Whether a WWW-Authenticate value names {@code scheme}; with {@code token}, only one that also carries a token (NTLM's challenge). */
    private static boolean offers(Answer answer, String scheme, boolean token) {
        return answer.wwwAuthenticate().stream().map(v -> v.trim().split("\\s+")).anyMatch(parts -> parts[0].equalsIgnoreCase(scheme)
                && (!token || parts.length > 1));
    }

    private static boolean offers(Answer answer, String scheme) {
        return offers(answer, scheme, false);
    }

    private Answer exchange(InputStream in, OutputStream out, String host, String authorization) throws IOException {
        String request = "GET " + PATH + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + Probe.BROWSER + "\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String[] status = line(in).split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer");
        }
        List<String> challenges = new ArrayList<>();
        long length = -1;
        boolean closes = false;
        String server = "-";
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "www-authenticate" -> challenges.add(value);
                case "content-length" -> length = Long.parseLong(value);
                case "connection" -> closes = value.equalsIgnoreCase("close");
                case "server" -> server = value;
                default -> { }
            }
        }
        byte[] body = length >= 0 ? in.readNBytes((int) length) : new byte[0];
        return new Answer(Integer.parseInt(status[1]), challenges, closes, server, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("the connection was closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** httpclient5's NTLM engine, fed the WWW-Authenticate values by hand so the handshake stays on our connection. */
    @SuppressWarnings("deprecation")
    private static final class Ntlm {
        private final HttpHost host;
        private final NTLMScheme scheme = new NTLMScheme();
        private final BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        private final HttpClientContext context = HttpClientContext.create();

        Ntlm(AdminLogon logon, String hostName) {
            this.host = new HttpHost(hostName);
            credentials.setCredentials(new AuthScope(host), new NTCredentials(logon.bareUser(), logon.password().toCharArray(),
                    "SCEP-HARNESS", logon.domain()));
        }

        String next(List<String> wwwAuthenticate) throws IOException {
            try {
                for (String value : wwwAuthenticate) {
                    for (AuthChallenge challenge : AuthChallengeParser.INSTANCE.parse(ChallengeType.TARGET, value,
                            new ParserCursor(0, value.length()))) {
                        if (challenge.getSchemeName().equalsIgnoreCase("NTLM")) {
                            scheme.processChallenge(challenge, context);
                            scheme.isResponseReady(host, credentials, context);
                            return scheme.generateAuthResponse(host, new BasicHttpRequest("GET", PATH), context);
                        }
                    }
                }
            } catch (Exception e) {
                throw new IOException("NTLM: " + e.getMessage(), e);
            }
            throw new IOException("no NTLM challenge in " + wwwAuthenticate);
        }
    }
}
