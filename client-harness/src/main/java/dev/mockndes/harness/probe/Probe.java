package dev.mockndes.harness.probe;

import dev.mockndes.harness.device.CaCertificates;
import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceStop;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.harness.device.HttpAnswer;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Walks the troubleshooting steps of "troubleshoot device to NDES communication" against any NDES:
 * <ol>
 *   <li>reach: does the host name resolve;</li>
 *   <li>browse: a bare GET of the URL, where a healthy NDES with the Intune connector answers 403.0;</li>
 *   <li>GetCACaps and GetCACert: RA certificates present, key usages, validity, chain, intermediates;</li>
 *   <li>stability: identical GetCACaps sent together;</li>
 *   <li>URL length: PKIOperation GETs with dummy messages of growing length (a refusal for length is 404.14, 404.15 or 414);</li>
 *   <li>enrolment, when a challenge is given: one real enrolment by a device profile;</li>
 *   <li>mscep_admin: Windows authentication on one connection, and the page itself when a logon is given.</li>
 * </ol>
 * Requests are read-only apart from the enrolment; the dummy PKIOperations carry no valid message.
 */
public final class Probe {
    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) scep-harness-probe/1.0";
    static final int[] QUERY_LENGTHS = {1000, 3000, 6000, 20000, 40000};
    static final int REPEATS = 6;

    private final DeviceTarget target;
    private final String enrolDevice;
    private final RawHttp http;
    private final List<Finding> findings = new ArrayList<>();
    private final Optional<AdminLogon> adminLogon;

    public Probe(DeviceTarget target, String enrolDevice) {
        this(target, enrolDevice, Optional.empty());
    }

    /** @param adminLogon an account for mscep_admin: with it the probe also opens the admin page, as an MDM server does */
    public Probe(DeviceTarget target, String enrolDevice, Optional<AdminLogon> adminLogon) {
        this.target = target;
        this.enrolDevice = enrolDevice;
        this.http = new RawHttp(target.timeout(), BROWSER, target.tlsTrust().socketFactory());
        this.adminLogon = adminLogon;
    }

    public ProbeReport run() {
        URI url = target.scepUrl();
        reach(url);
        Exchange browse = http.get(url);
        browseFinding(browse);
        if (browse.failure() == Exchange.Failure.HOST_NOT_FOUND || browse.failure() == Exchange.Failure.REFUSED
                || browse.failure() == Exchange.Failure.TLS) {
            Observations seen = new Observations(browse, browse, Set.of(), browse, Optional.empty(), List.of(), List.of(), Optional.empty(),
                    Optional.empty());
            return new ProbeReport(url, findings, Diagnoser.diagnose(seen, new Date()));
        }
        Exchange caps = http.get(URI.create(url + "?operation=GetCACaps&message=probe"));
        Set<String> capsList = caps.status() == 200 ? new LinkedHashSet<>(Arrays.stream(caps.answer().get().text().split("[\r\n]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()) : Set.of();
        findings.add(new Finding("GetCACaps", caps.status() == 200 ? Finding.Verdict.OK : Finding.Verdict.FAIL,
                caps.summary() + (capsList.isEmpty() ? "" : ": " + String.join(" ", capsList))));
        Exchange caCert = http.get(URI.create(url + "?operation=GetCACert&message=probe"));
        Optional<CaCertificates> certs = certificates(caCert);
        List<Exchange> repeats = together(REPEATS, i -> () -> http.get(URI.create(url + "?operation=GetCACaps&message=probe")));
        long answered = repeats.stream().filter(e -> e.status() == 200).count();
        findings.add(new Finding("stability", answered == REPEATS ? Finding.Verdict.OK : Finding.Verdict.FAIL,
                answered + " of " + REPEATS + " identical GetCACaps sent together were answered 200"
                        + (answered == REPEATS ? "" : " (others: " + repeats.stream().filter(e -> e.status() != 200).collect(
                        java.util.stream.Collectors.groupingBy(Exchange::summary, java.util.TreeMap::new, java.util.stream.Collectors.counting())) + ")")));
        List<Exchange> longGets = together(QUERY_LENGTHS.length, i -> () -> http.get(URI.create(url + "?operation=PKIOperation&message="
                + "A".repeat(QUERY_LENGTHS[i] - "operation=PKIOperation&message=".length()))));
        Optional<Integer> refusedAt = urlLength(longGets);
        Optional<DeviceRun> enrolment = target.challenge().map(c -> Devices.run(enrolDevice, target));
        enrolment.ifPresentOrElse(run -> findings.add(new Finding("enrolment (" + enrolDevice + ")",
                        run.outcome().isSuccess() ? Finding.Verdict.OK : Finding.Verdict.FAIL,
                        run.outcome().wire() + (run.outcome().detail().isBlank() ? "" : ": " + run.outcome().detail()))),
                () -> findings.add(new Finding("enrolment", Finding.Verdict.SKIP, "no --challenge given, so no enrolment was tried")));
        AdminPageCheck.Seen admin = new AdminPageCheck(http).check(url, adminLogon);
        findings.add(new Finding("mscep_admin", admin.kind() == AdminPageCheck.Kind.HEALTHY ? Finding.Verdict.OK : Finding.Verdict.FAIL,
                admin.detail()));
        Observations seen = new Observations(browse, caps, capsList, caCert, certs, repeats, longGets, refusedAt, enrolment, admin);
        long slowest = seen.all().stream().mapToLong(Exchange::millis).max().orElse(0);
        findings.add(new Finding("latency", slowest > Diagnoser.SLOW_MILLIS ? Finding.Verdict.WARN : Finding.Verdict.OK,
                "slowest answer " + slowest + " ms over " + seen.all().size() + " requests"));
        return new ProbeReport(url, findings, Diagnoser.diagnose(seen, new Date()));
    }

    private void reach(URI url) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(url.getHost());
            findings.add(new Finding("reach", Finding.Verdict.OK, url.getHost() + " resolves to "
                    + Arrays.stream(addresses).map(InetAddress::getHostAddress).toList()));
        } catch (java.net.UnknownHostException e) {
            findings.add(new Finding("reach", Finding.Verdict.FAIL, url.getHost() + " does not resolve"));
        }
    }

    private void browseFinding(Exchange browse) {
        String page = browse.answer().map(HttpAnswer::text).orElse("");
        String title = page.replaceAll("(?s).*<h3>(.*?)</h3>.*", "$1");
        title = title.length() == page.length() ? page.replaceAll("(?s).*?<[tT]itle>(.*?)</[tT]itle>.*", "$1") : title;
        String shown = browse.answered() ? browse.status() + (title.length() < 200 && !title.equals(page) ? " \"" + title.trim() + "\"" : "")
                + browse.answer().flatMap(a -> a.header("server")).map(s -> " from " + s).orElse("") : browse.summary() + ": " + browse.detail();
        findings.add(new Finding("browse", browse.status() == 403 ? Finding.Verdict.OK : Finding.Verdict.FAIL,
                shown + (browse.status() == 403 ? " (expected: mscep.dll with the Intune policy module answers a browser with 403.0)"
                        : " (a healthy NDES answers a browser with 403.0)")));
    }

    private Optional<CaCertificates> certificates(Exchange caCert) {
        if (caCert.status() != 200) {
            findings.add(new Finding("GetCACert", Finding.Verdict.FAIL, caCert.summary()));
            return Optional.empty();
        }
        try {
            CaCertificates certs = CaCertificates.parse(caCert.answer().get());
            Date now = new Date();
            List<String> notes = new ArrayList<>();
            Finding.Verdict verdict = Finding.Verdict.OK;
            for (X509Certificate cert : certs.all()) {
                String role = cert == certs.signingRa().orElse(null) ? "signing RA" : cert == certs.encryptionRa().orElse(null)
                        ? "encryption RA" : CaCertificates.selfSigned(cert) ? "root CA" : CaCertificates.isCa(cert) ? "intermediate CA" : "other";
                boolean valid = !cert.getNotAfter().before(now) && !cert.getNotBefore().after(now);
                verdict = valid ? verdict : Finding.Verdict.FAIL;
                notes.add(role + " " + cert.getSubjectX500Principal().getName() + " [" + usages(cert) + "] "
                        + (valid ? "valid until " + cert.getNotAfter().toInstant() : "NOT VALID: " + cert.getNotBefore().toInstant()
                        + " to " + cert.getNotAfter().toInstant())
                        + CaCertificates.issuerOf(cert, certs.all()).map(i -> ", issued by " + i.getSubjectX500Principal().getName()).orElse(""));
            }
            if (!certs.hasBothRaCertificates()) {
                verdict = Finding.Verdict.FAIL;
                notes.add("missing: a signing RA (digitalSignature) and an encryption RA (keyEncipherment) both issued by the CA");
            }
            findings.add(new Finding("GetCACert", verdict, certs.all().size() + " certificates, " + caCert.answer().get().contentType()
                    + "; trust anchor SHA-256 " + dev.mockndes.harness.device.Thumbprint.sha256(certs.trustAnchor()) + "; " + String.join("; ", notes)));
            return Optional.of(certs);
        } catch (DeviceStop stop) {
            findings.add(new Finding("GetCACert", Finding.Verdict.FAIL, stop.outcome().detail()));
            return Optional.empty();
        }
    }

    private Optional<Integer> urlLength(List<Exchange> longGets) {
        Optional<Integer> refusedAt = Optional.empty();
        List<String> results = new ArrayList<>();
        for (int i = 0; i < longGets.size(); i++) {
            Exchange e = longGets.get(i);
            String page = e.answer().map(HttpAnswer::text).orElse("");
            boolean refused = e.status() == 414 || (e.status() == 404 && (page.contains("404.14") || page.contains("404.15")));
            results.add(QUERY_LENGTHS[i] + ": " + (refused ? "refused " + (e.status() == 414 ? "414" : page.contains("404.15") ? "404.15" : "404.14")
                    : e.summary()));
            if (refused && refusedAt.isEmpty()) {
                refusedAt = Optional.of(QUERY_LENGTHS[i]);
            }
        }
        boolean told = refusedAt.isPresent() || longGets.stream().anyMatch(e -> e.answered() && e.status() < 500);
        findings.add(new Finding("URL length", refusedAt.isPresent() ? Finding.Verdict.FAIL : told ? Finding.Verdict.OK : Finding.Verdict.SKIP,
                "PKIOperation GETs by query length (a dummy message; any answer but a length refusal means the length passed): "
                        + String.join(", ", results)));
        return refusedAt;
    }

    /** Sends {@code count} requests at once and returns their exchanges in order. */
    private static List<Exchange> together(int count, java.util.function.IntFunction<Supplier<Exchange>> request) {
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(CompletableFuture.supplyAsync(request.apply(i), runnable -> new Thread(runnable, "probe").start()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static String usages(X509Certificate cert) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign"};
        boolean[] usage = cert.getKeyUsage();
        if (usage == null) {
            return "no key usage";
        }
        List<String> set = new ArrayList<>();
        for (int i = 0; i < Math.min(usage.length, names.length); i++) {
            if (usage[i]) {
                set.add(names[i]);
            }
        }
        return String.join(",", set);
    }

}
