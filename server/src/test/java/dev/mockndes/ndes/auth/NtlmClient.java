package dev.mockndes.ndes.auth;

import java.util.List;
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
 * httpclient5's NTLM scheme (its real NTLM engine) driven without sockets: it reads the server's
 * WWW-Authenticate values as httpclient does and produces the next Authorization value.
 */
@SuppressWarnings("deprecation")
final class NtlmClient {
    private static final HttpHost HOST = new HttpHost("ndes.mockndes.test");
    private final NTLMScheme scheme = new NTLMScheme();
    private final BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    private final HttpClientContext context = HttpClientContext.create();

    NtlmClient(String user, String password, String domain) {
        credentials.setCredentials(new AuthScope(HOST), new NTCredentials(user, password.toCharArray(), "WORKSTATION", domain));
    }

    /** The Authorization value answering the NTLM challenge among these WWW-Authenticate values. */
    String answer(List<String> wwwAuthenticate) throws Exception {
        for (String value : wwwAuthenticate) {
            for (AuthChallenge challenge : AuthChallengeParser.INSTANCE.parse(ChallengeType.TARGET, value,
                    new ParserCursor(0, value.length()))) {
                if (challenge.getSchemeName().equalsIgnoreCase("NTLM")) {
                    scheme.processChallenge(challenge, context);
                    if (!scheme.isResponseReady(HOST, credentials, context)) {
                        throw new IllegalStateException("httpclient found no NT credentials");
                    }
                    return scheme.generateAuthResponse(HOST, new BasicHttpRequest("GET", "/certsrv/mscep_admin/"), context);
                }
            }
        }
        throw new IllegalArgumentException("no NTLM challenge in " + wwwAuthenticate);
    }
}
