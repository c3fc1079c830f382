package dev.mockndes.scenario;

import dev.mockndes.web.ErrorPages;
import java.util.Optional;
import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Rule;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: one documented NDES failure (or health), declared, never scripted.
 *
 * @param name          kebab-case, equal to the file name without {@code .yaml}
 * @param title         one line
 * @param extendsName   the scenario this one builds on ({@code extends:}), or null
 * @param documentation what the documentation says, in our own words
 * @param rules         fault rules, first match wins
 * @param phases        optional: rule sets that take turns by request count (fail the first N, then recover)
 * @param seed          seed of the random source behind probabilities and jitter
 * @param expect        the outcome each device profile should see, by profile name
 * @param events        Windows events raised once when the scenario comes into force
 * @param checks        probes the acceptance tests run to show the scenario at work
 * @param approval      when present, the approval mode while the scenario is in force (else the server's)
 * @param errorPages    when present, IIS's error mode while the scenario is in force (else the server's
 *                      {@code --error-pages}): detailed-local-only, detailed or custom
 * @param breaks        where in the chain the scenario breaks and the log line found there; absent when
 *                      nothing breaks (healthy, slow-ndes)
 * @param profile       when present, the recorded NDES profile the server looks like ({@code serve --profile});
 *                      a path, made absolute by the loader (relative to the scenario file's folder)
 */
public record Scenario(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String title,
        @JsonProperty("extends") String extendsName,
        Documentation documentation,
        List<Rule> rules,
        List<Phase> phases,
        Long seed,
        Map<String, Expectation> expect,
        List<ScenarioEvent> events,
        List<Check> checks,
        ScenarioApproval approval,
        String errorPages,
        Breaks breaks,
        String profile) {

    /** A scenario that leaves the profile to the server. */
    public Scenario(String name, String title, String extendsName, Documentation documentation, List<Rule> rules,
                    List<Phase> phases, Long seed, Map<String, Expectation> expect, List<ScenarioEvent> events, List<Check> checks,
                    ScenarioApproval approval, String errorPages, Breaks breaks) {
        this(name, title, extendsName, documentation, rules, phases, seed, expect, events, checks, approval, errorPages, breaks, null);
    }

    /** A scenario that does not say where it breaks. */
    public Scenario(String name, String title, String extendsName, Documentation documentation, List<Rule> rules,
                    List<Phase> phases, Long seed, Map<String, Expectation> expect, List<ScenarioEvent> events, List<Check> checks,
                    ScenarioApproval approval, String errorPages) {
        this(name, title, extendsName, documentation, rules, phases, seed, expect, events, checks, approval, errorPages, null);
    }

    /** A scenario that leaves the error pages to the server. */
    public Scenario(String name, String title, String extendsName, Documentation documentation, List<Rule> rules,
                    List<Phase> phases, Long seed, Map<String, Expectation> expect, List<ScenarioEvent> events, List<Check> checks,
                    ScenarioApproval approval) {
        this(name, title, extendsName, documentation, rules, phases, seed, expect, events, checks, approval, null, null);
    }

    /** A scenario that leaves the approval mode to the server. */
    public Scenario(String name, String title, String extendsName, Documentation documentation, List<Rule> rules,
                    List<Phase> phases, Long seed, Map<String, Expectation> expect, List<ScenarioEvent> events, List<Check> checks) {
        this(name, title, extendsName, documentation, rules, phases, seed, expect, events, checks, null);
    }

    /**
     * The library's {@code healthy} (no rules, with its title and documentation): the default when no
     * scenario is chosen. Read from the class path alone, without parsing the rest of the library.
     */
    public static Scenario healthy() {
        return DefaultScenario.HEALTHY;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public Scenario {
        rules = rules == null ? List.of() : List.copyOf(rules);
        phases = phases == null ? List.of() : List.copyOf(phases);
        expect = expect == null ? Map.of() : Map.copyOf(expect);
        events = events == null ? List.of() : List.copyOf(events);
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (errorPages != null) {
            ErrorPages.fromWire(errorPages);
        }
    }

    /** The same scenario with its profile path replaced (the loader makes it absolute). */
    public Scenario withProfile(String path) {
        return new Scenario(name, title, extendsName, documentation, rules, phases, seed, expect, events, checks, approval, errorPages,
                breaks, path);
    }

    /** Where this scenario breaks, if it says. */
    public Optional<Breaks> breaksAt() {
        return Optional.ofNullable(breaks);
    }

    /**
     * Whether the scenario shows itself only over HTTPS: it has a {@code tls-handshake} rule, so on a
     * plain-HTTP server its devices would enrol normally. Tests run such scenarios on a {@code --tls} server.
     */
    public boolean needsTls() {
        return dev.mockndes.fault.FaultPlan.firstTlsDefect(rules, phases).isPresent();
    }

    /** The error mode this scenario asks for, if any. */
    public Optional<ErrorPages> errorPagesMode() {
        return Optional.ofNullable(errorPages).map(ErrorPages::fromWire);
    }
}
