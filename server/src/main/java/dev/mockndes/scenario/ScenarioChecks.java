package dev.mockndes.scenario;

import dev.mockndes.common.OutcomeWord;
import dev.mockndes.common.ProfileCatalog;
import dev.mockndes.fault.Match;
import dev.mockndes.fault.Rule;
import dev.mockndes.fault.UserAgentFamily;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.protocol.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What the records cannot check alone: the name, match values, the expectations' devices and outcomes, and the hop of {@code breaks}. */
final class ScenarioChecks {
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The device profiles {@code expect:} may name: the harness's, or any kebab-case word when no harness is on the class path. */
    private static final Optional<List<String>> PROFILES = ProfileCatalog.installed();
    private static final List<String> FAIL_INFOS = Arrays.stream(FailInfo.values()).map(FailInfo::rfcName).toList();
    private static final List<String> OPERATIONS = operations();

    private ScenarioChecks() {
    }

    /** @param expectedName the file name without .yaml, or null when the scenario has no file */
    static void check(Scenario scenario, String expectedName, YamlIndex index) {
        String name = scenario.name();
        if (name == null || !KEBAB.matcher(name).matches()) {
            throw index.problem("name", "name '" + name + "' is not kebab-case (lower-case words joined by '-')");
        }
        if (expectedName != null && !name.equals(expectedName)) {
            throw index.problem("name", "name '" + name + "' does not match the file name: it must be '" + expectedName + "'");
        }
        if (scenario.title() == null || scenario.title().isBlank()) {
            throw index.problem("title", "title is empty");
        }
        rules(scenario.rules(), "rules", index);
        for (int i = 0; i < scenario.phases().size(); i++) {
            rules(scenario.phases().get(i).rules(), "phases[" + i + "].rules", index);
        }
        new TreeMap<>(scenario.expect()).forEach((device, expectation) -> expectation(device, expectation, index));
        breaks(scenario.breaks(), index);
    }

    private static void breaks(Breaks breaks, YamlIndex index) {
        if (breaks == null) {
            return;
        }
        if (breaks.hop() == null || breaks.hop().isBlank()) {
            throw index.problem("breaks.hop", "breaks.hop is empty: name the hop where it breaks, one of " + String.join(", ", Hop.words()));
        }
        if (breaks.where().isEmpty()) {
            throw index.problem("breaks.hop", "unknown hop '" + breaks.hop() + "' in breaks (known, from the device to the CA: "
                    + String.join(", ", Hop.words()) + ")");
        }
        if (breaks.log() == null || breaks.log().isBlank()) {
            throw index.problem("breaks.log", "breaks.log is empty: give the log line a troubleshooter finds at the " + breaks.hop() + " hop");
        }
    }

    private static void rules(List<Rule> rules, String path, YamlIndex index) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).fault() == null) {
                throw index.problem(path + "[" + i + "].fault", "'fault' is empty: a rule needs a fault with a 'type'");
            }
            Match match = rules.get(i).match();
            String at = path + "[" + i + "].match.";
            if (match == null) {
                continue;
            }
            for (String operation : match.operation() == null ? List.<String>of() : match.operation()) {
                if (OPERATIONS.stream().noneMatch(operation::equalsIgnoreCase)) {
                    throw index.problem(at + "operation", "unknown operation '" + operation + "' (known: " + String.join(", ", OPERATIONS) + ")");
                }
            }
            for (String type : match.messageType() == null ? List.<String>of() : match.messageType()) {
                if (dev.mockndes.protocol.MessageType.fromName(type).isEmpty()) {
                    throw index.problem(at + "messageType", "unknown messageType '" + type
                            + "' (known: PKCSReq, RenewalReq, CertPoll, GetCertInitial, GetCert, GetCRL)");
                }
            }
            if (match.device() != null && UserAgentFamily.fromWord(match.device()).isEmpty()) {
                throw index.problem(at + "device", "unknown device '" + match.device() + "' (known: "
                        + String.join(", ", UserAgentFamily.words()) + ")");
            }
            if (match.userAgent() != null) {
                try {
                    Pattern.compile(match.userAgent());
                } catch (PatternSyntaxException e) {
                    throw index.problem(at + "userAgent", "userAgent is not a valid regular expression: " + e.getDescription());
                }
            }
            if ((match.minUrlLength() != null && match.minUrlLength() < 0) || (match.minQueryLength() != null && match.minQueryLength() < 0)) {
                throw index.problem(at.substring(0, at.length() - 1), "minUrlLength and minQueryLength must not be negative");
            }
        }
    }

    private static void expectation(String device, Expectation expectation, YamlIndex index) {
        String at = "expect." + device;
        if (PROFILES.isPresent() && !PROFILES.get().contains(device)) {
            throw index.problem(at, "unknown device '" + device + "' in expect (known: " + String.join(", ", PROFILES.get()) + ")");
        }
        if (PROFILES.isEmpty() && !KEBAB.matcher(device).matches()) {
            throw index.problem(at, "device '" + device + "' in expect is not a profile name (lower-case words joined by '-')");
        }
        String outcome = expectation.outcome();
        if (outcome == null || OutcomeWord.fromWord(outcome).isEmpty()) {
            throw index.problem(at + ".outcome", "outcome must be one of " + String.join(", ", OutcomeWord.words()) + ", not '" + outcome + "'");
        }
        requires(outcome, OutcomeWord.HTTP_STATUS.word(), "status", expectation.status(), at, index);
        requires(outcome, OutcomeWord.SCEP_FAILURE.word(), "failInfo", expectation.failInfo(), at, index);
        if (expectation.status() != null && (expectation.status() < 100 || expectation.status() > 599)) {
            throw index.problem(at + ".status", "status must be an HTTP status between 100 and 599, not " + expectation.status());
        }
        if (expectation.failInfo() != null && !FAIL_INFOS.contains(expectation.failInfo())) {
            throw index.problem(at + ".failInfo", "unknown failInfo '" + expectation.failInfo() + "' (known: " + String.join(", ", FAIL_INFOS) + ")");
        }
    }

    /** {@code key} is given exactly when the outcome is {@code needingIt}. */
    private static void requires(String outcome, String needingIt, String key, Object value, String at, YamlIndex index) {
        if (outcome.equals(needingIt) && value == null) {
            throw index.problem(at, "outcome " + needingIt + " needs a '" + key + "'");
        }
        if (!outcome.equals(needingIt) && value != null) {
            throw index.problem(at + "." + key, "'" + key + "' is only for outcome " + needingIt + ", not " + outcome);
        }
    }

    private static List<String> operations() {
        List<String> names = new ArrayList<>(Arrays.stream(Operation.values()).map(Operation::wire).toList());
        names.add("none");
        return List.copyOf(names);
    }
}
