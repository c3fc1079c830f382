package dev.mockndes.admin;

import dev.mockndes.scenario.Hop;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where in the chain device → proxy → IIS → mscep.dll → policy module → CA a device run stopped, from
 * what the device saw and the hop the scenario in force says it breaks at ({@code breaks.hop}). An
 * outcome can come from a few hops only; the scenario's hop wins when it is one of them, otherwise the
 * first is taken:
 * <pre>
 *   success                          nowhere
 *   pending                          ca (the CA holds the request)
 *   device-refused                   device (its own checks stopped it)
 *   connection-error, TLS in the log iis (the TLS handshake is HTTP.sys's)
 *   connection-error                 proxy, iis
 *   tls-failure                      iis (the handshake is HTTP.sys's)
 *   timeout                          proxy, iis, mscep, policy-module, ca
 *   http-status 502 or 504           proxy (a gateway's answer)
 *   http-status 500                  mscep, iis, policy-module, ca
 *   http-status, any other           iis, mscep, policy-module, ca
 *   scep-failure badRequest          policy-module, ca, mscep (the challenge is the usual refusal)
 *   scep-failure badCertId           ca, mscep, policy-module (the certificate is unknown)
 *   scep-failure, any other failInfo mscep, policy-module, ca (digest, signature and time are mscep.dll's checks)
 *   invalid-response                 mscep, iis, proxy
 *   an outcome word not listed here  the scenario's hop, if it names one
 * </pre>
 */
final class FailingHop {
    private static final Pattern TLS = Pattern.compile("\\b(TLS|SSL|handshake)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<Hop> BEHIND_IIS = List.of(Hop.IIS, Hop.MSCEP, Hop.POLICY_MODULE, Hop.CA);

    private FailingHop() {
    }

    /**
     * @param outcome      the run's outcome in the scenario files' words, e.g. {@code http-status 503}
     * @param log          what the device logged (searched for a TLS failure behind a connection error)
     * @param scenarioHop  where the scenario in force says it breaks, if it says
     * @return the hop, or empty for a success (or an outcome no hop explains)
     */
    static Optional<Hop> of(String outcome, List<String> log, Optional<Hop> scenarioHop) {
        String[] words = outcome.trim().split("\\s+", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        String argument = words.length > 1 ? words[1] : "";
        List<Hop> candidates = switch (word) {
            case "success" -> List.of();
            case "pending" -> List.of(Hop.CA);
            case "device-refused" -> List.of(Hop.DEVICE);
            case "connection-error" -> log.stream().anyMatch(line -> TLS.matcher(line).find()) ? List.of(Hop.IIS) : List.of(Hop.PROXY, Hop.IIS);
            case "timeout" -> List.of(Hop.PROXY, Hop.IIS, Hop.MSCEP, Hop.POLICY_MODULE, Hop.CA);
            case "http-status" -> httpStatus(argument);
            case "scep-failure" -> scepFailure(argument);
            case "tls-failure" -> List.of(Hop.IIS);
            case "invalid-response" -> List.of(Hop.MSCEP, Hop.IIS, Hop.PROXY);
            default -> scenarioHop.map(List::of).orElse(List.of());
        };
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scenarioHop.filter(candidates::contains).orElse(candidates.get(0)));
    }

    private static List<Hop> httpStatus(String status) {
        return switch (status) {
            case "502", "504" -> List.of(Hop.PROXY);
            case "500" -> List.of(Hop.MSCEP, Hop.IIS, Hop.POLICY_MODULE, Hop.CA);
            default -> BEHIND_IIS;
        };
    }

    private static List<Hop> scepFailure(String failInfo) {
        return switch (failInfo) {
            case "badRequest" -> List.of(Hop.POLICY_MODULE, Hop.CA, Hop.MSCEP);
            case "badCertId" -> List.of(Hop.CA, Hop.MSCEP, Hop.POLICY_MODULE);
            default -> List.of(Hop.MSCEP, Hop.POLICY_MODULE, Hop.CA);
        };
    }
}
