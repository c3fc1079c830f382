package dev.mockndes.harness.probe;

import dev.mockndes.harness.device.CaCertificates;
import dev.mockndes.harness.device.DeviceRun;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the probe saw, typed, for the {@link Diagnoser}.
 *
 * @param browse    the bare GET of the SCEP URL, as a browser does it
 * @param caps      GetCACaps
 * @param capsList  its keywords (empty unless it answered 200)
 * @param caCert    GetCACert
 * @param certs     its certificates, when it answered with readable ones
 * @param repeats   identical GetCACaps sent together, to see whether the path is stable
 * @param longGets  PKIOperation GETs with dummy messages of growing length
 * @param refusedAt the first query length refused for its length (404.14, 404.15 or 414), if any
 * @param enrolment the test enrolment, when a challenge was given
 * @param admin     what an MDM server meets at mscep_admin
 */
record Observations(Exchange browse, Exchange caps, Set<String> capsList, Exchange caCert, Optional<CaCertificates> certs,
                    List<Exchange> repeats, List<Exchange> longGets, Optional<Integer> refusedAt, Optional<DeviceRun> enrolment,
                    AdminPageCheck.Seen admin) {

    /** Without a look at mscep_admin (the host could not be reached). */
    Observations(Exchange browse, Exchange caps, Set<String> capsList, Exchange caCert, Optional<CaCertificates> certs,
                 List<Exchange> repeats, List<Exchange> longGets, Optional<Integer> refusedAt, Optional<DeviceRun> enrolment) {
        this(browse, caps, capsList, caCert, certs, repeats, longGets, refusedAt, enrolment,
                new AdminPageCheck.Seen(AdminPageCheck.Kind.HEALTHY, "not checked"));
    }

    /** Every plain request the probe sent (the enrolment's are its own). */
    List<Exchange> all() {
        List<Exchange> all = new java.util.ArrayList<>(List.of(browse, caps, caCert));
        all.addAll(repeats);
        all.addAll(longGets);
        return all;
    }

    /** Whether the host could not even be connected to: nothing else was tried. */
    boolean unreachable() {
        return browse.failure() == Exchange.Failure.HOST_NOT_FOUND || browse.failure() == Exchange.Failure.REFUSED;
    }
}
