package dev.mockndes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockndes.pki.Thumbprints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mock-ndes ca export}: fetches GetCACert from a running server and writes the certificate
 * to trust (the root in a two-tier PKI), or with {@code --chain} every CA certificate, issuing CA first.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the CA certificate clients must trust, fetched from a running server with GetCACert:",
                "the root in a two-tier PKI, else the CA. With --chain, every CA certificate, issuing CA first."},
        footer = {"", "Examples:",
                "  mock-ndes ca export > mock-ndes-ca.pem",
                "  mock-ndes ca export --format der --out mock-ndes-ca.cer",
                "  mock-ndes ca export --chain --out chain.pem",
                "  mock-ndes ca export --url https://ndes/certsrv/mscep/mscep.dll --insecure",
                "  mock-ndes ca export --json"})
final class CaExportCommand implements Callable<Integer> {
    enum Format { PEM, DER }

    @Option(names = "--url", defaultValue = "${env:MOCK_NDES_URL:-http://127.0.0.1:8080/certsrv/mscep/mscep.dll}", paramLabel = "SCEP-URL",
            description = "The SCEP URL of the server (the ready line's scep=). Env MOCK_NDES_URL. Default: ${DEFAULT-VALUE}.")
    String url;

    @Option(names = "--format", defaultValue = "pem", paramLabel = "FORMAT",
            description = "pem or der (one certificate, needs --out). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--chain", description = "Every CA certificate (issuing CA, then the root), not only the trust anchor.")
    boolean chain;

    @Option(names = "--json", description = "Print the certificates' subject, issuer, validity, thumbprints and PEM as JSON.")
    boolean json;

    @Option(names = "--insecure",
            description = "Over https, accept any server certificate: only to fetch the CA you will then trust (like curl -k).")
    boolean insecure;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (format == Format.DER && chain) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format der holds one certificate: use pem with --chain");
        }
        if (format == Format.DER && out == null && !json) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format der is binary: give --out FILE");
        }
        CaCertificates cas = CaCertificates.fromGetCaCert(getCaCert());
        List<X509Certificate> chosen = chain ? cas.chain() : List.of(cas.trustAnchor());
        if (out != null) {
            Files.write(out, format == Format.DER ? chosen.get(0).getEncoded() : pem(chosen).getBytes(StandardCharsets.US_ASCII));
        }
        if (json) {
            spec.commandLine().getOut().println(json(chosen));
        } else if (out == null) {
            spec.commandLine().getOut().print(pem(chosen));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private byte[] getCaCert() throws Exception {
        URI uri;
        try {
            uri = URI.create(url + (url.contains("?") ? "&" : "?") + "operation=GetCACert");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url: not a URL: " + url);
        }
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (insecure) {
            client.sslContext(InsecureTls.context());
        }
        HttpResponse<byte[]> response;
        try {
            response = client.build().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (javax.net.ssl.SSLException e) {
            throw new CliError("cannot fetch GetCACert from " + url, dev.mockndes.common.SystemWords.of(e),
                    "to fetch the CA before trusting it, add --insecure");
        } catch (IOException e) {
            throw new CliError("cannot fetch GetCACert from " + url, dev.mockndes.common.SystemWords.of(e),
                    "is the server running? --url takes the scep= URL of its ready line");
        }
        if (response.statusCode() != 200) {
            throw new CliError("cannot fetch GetCACert from " + url, "it answered HTTP " + response.statusCode(),
                    "--url takes the scep= URL of the ready line, ending in /certsrv/mscep/mscep.dll");
        }
        return response.body();
    }

    static String pem(List<X509Certificate> certificates) throws CertificateEncodingException {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            text.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return text.toString();
    }

    private String json(List<X509Certificate> certificates) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("url", url);
        if (out != null) {
            root.put("out", out.toAbsolutePath().toString()).put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode list = root.putArray("certificates");
        for (X509Certificate certificate : certificates) {
            Thumbprints thumbprints = Thumbprints.of(certificate.getEncoded());
            list.addObject()
                    .put("subject", certificate.getSubjectX500Principal().getName())
                    .put("issuer", certificate.getIssuerX500Principal().getName())
                    .put("serial", certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT))
                    .put("notBefore", certificate.getNotBefore().toInstant().toString())
                    .put("notAfter", certificate.getNotAfter().toInstant().toString())
                    .put("sha1", thumbprints.sha1())
                    .put("sha256", thumbprints.sha256())
                    .put("pem", pem(List.of(certificate)));
        }
        return mapper.writeValueAsString(root);
    }
}
