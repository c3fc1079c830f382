package dev.mockndes.fault;

import dev.mockndes.web.WebRequest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A scenario's rules in force: the rules, the request count its phases run on, how often each rule
 * has matched, and one random source seeded from the scenario, so a run is reproducible.
 * Thread-safe; one lock per decision.
 *
 * <p>Order per request: pick the phase by request number, then the first rule whose match holds
 * and whose {@code after}, {@code times} and {@code probability} let it fire.
 */
public final class FaultPlan implements FaultPolicy {
    private final List<Rule> scenarioRules;
    private final List<Phase> phases;
    private final SplittableRandom random;
    private final Map<Rule, Integer> matched = new IdentityHashMap<>();
    private final Map<Rule, Integer> fired = new IdentityHashMap<>();
    private final Optional<TlsDefect> tlsDefect;
    private long requests;
    /** No rule anywhere (healthy): every decision is "no fault", taken without reading the request or the lock. */
    private final boolean faultless;

    /** A plan over {@code rules} (tried after the current phase's), {@code phases} and a random source seeded with {@code seed}. */
    public FaultPlan(List<Rule> rules, List<Phase> phases, Long seed) {
        this.scenarioRules = List.copyOf(rules);
        this.phases = List.copyOf(phases);
        this.random = new SplittableRandom(seed == null ? 0 : seed);
        this.tlsDefect = firstTlsDefect(this.scenarioRules, this.phases);
        this.faultless = scenarioRules.isEmpty() && this.phases.stream().allMatch(phase -> phase.rules().isEmpty());
    }

    @Override
    public Optional<Fault> faultFor(WebRequest request) {
        if (faultless) {
            return Optional.empty(); // the request count only picks a phase's rules, and there are none
        }
        RequestFacts facts = RequestFacts.of(request); // parsed outside the lock: only counters and draws need it
        return decide(facts);
    }

    private synchronized Optional<Fault> decide(RequestFacts facts) {
        List<Rule> rules = rulesFor(requests++);
        for (Rule rule : rules) {
            if (!RuleMatcher.matches(rule.match(), facts)) {
                continue;
            }
            int seen = matched.merge(rule, 1, Integer::sum);
            if (rule.after() != null && seen <= rule.after()) {
                continue;
            }
            if (rule.times() != null && fired.getOrDefault(rule, 0) >= rule.times()) {
                continue;
            }
            if (rule.probability() != null && random.nextDouble() >= rule.probability()) {
                continue;
            }
            fired.merge(rule, 1, Integer::sum);
            return Optional.of(rule.fault());
        }
        return Optional.empty();
    }

    /** The first {@link TlsHandshake} among the scenario's rules, then its phases' rules; fixed for the plan's life. */
    @Override
    public Optional<TlsDefect> tlsDefect() {
        return tlsDefect;
    }

    /** The TLS defect of the first {@code tls-handshake} rule among {@code rules} and the phases' rules, if any. */
    public static Optional<TlsDefect> firstTlsDefect(List<Rule> rules, List<Phase> phases) {
        List<Rule> all = new ArrayList<>(rules);
        phases.forEach(phase -> all.addAll(phase.rules()));
        return all.stream().map(Rule::fault).filter(TlsHandshake.class::isInstance).map(TlsHandshake.class::cast)
                .map(TlsHandshake::tlsDefect).findFirst();
    }

    /** The scenario's random source for fault jitter, drawn under this plan's lock. */
    public RandomGenerator random() {
        return () -> {
            synchronized (this) {
                return random.nextLong();
            }
        };
    }

    private List<Rule> rulesFor(long requestNumber) {
        if (phases.isEmpty()) {
            return scenarioRules;
        }
        List<Rule> rules = new ArrayList<>(scenarioRules);
        long start = 0;
        for (Phase phase : phases) {
            if (phase.requests() == null || requestNumber < start + phase.requests()) {
                rules.addAll(0, phase.rules());
                return rules;
            }
            start += phase.requests();
        }
        return rules;
    }
}
