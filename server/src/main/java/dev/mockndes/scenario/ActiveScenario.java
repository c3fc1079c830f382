package dev.mockndes.scenario;

import dev.mockndes.fault.Fault;
import dev.mockndes.fault.TlsDefect;
import dev.mockndes.fault.FaultPlan;
import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.web.WebRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The scenario in force, switched atomically: each request is decided by the old plan or the new
 * one, never a mix. Switching (or resetting) starts the plan's counters and random source afresh;
 * switching (not resetting) also tells {@code onSwitch}, which raises the scenario's events.
 */
public final class ActiveScenario implements FaultPolicy {
    /** A scenario and the fault plan made from it, swapped together. */
    private record InForce(Scenario scenario, FaultPlan plan) {
        static InForce of(Scenario scenario) {
            return new InForce(scenario, new FaultPlan(scenario.rules(), scenario.phases(), scenario.seed()));
        }
    }

    private final AtomicReference<InForce> current;
    private final Consumer<Scenario> onSwitch;
    /** Runs on the switching thread before a scenario takes force, with its TLS defect (see {@link #prepareWith}). */
    private volatile Consumer<Optional<TlsDefect>> preparation = defect -> { };

    public ActiveScenario(Scenario initial) {
        this(initial, scenario -> { });
    }

    public ActiveScenario(Scenario initial, Consumer<Scenario> onSwitch) {
        this.current = new AtomicReference<>(InForce.of(initial));
        this.onSwitch = onSwitch;
        onSwitch.accept(initial);
    }

    public Scenario current() {
        return current.get().scenario();
    }

    public void use(Scenario scenario) {
        InForce next = InForce.of(scenario);
        preparation.accept(next.plan().tlsDefect());
        current.set(next);
        onSwitch.accept(scenario);
    }

    /**
     * Work a scenario needs done before it takes force, run by {@link #use} on the caller's thread
     * with the scenario's TLS defect: the site builds that defect's certificates there, so that no
     * connection opened after the switch builds them on its event loop.
     */
    public void prepareWith(Consumer<Optional<TlsDefect>> preparation) {
        this.preparation = preparation;
    }

    public void reset() {
        current.updateAndGet(inForce -> InForce.of(inForce.scenario()));
    }

    /** The plan in force now; a caller that decides and then injects holds on to one plan. */
    @Override
    public FaultPolicy inForce() {
        return current.get().plan();
    }

    @Override
    public RandomGenerator random() {
        return current.get().plan().random();
    }

    @Override
    public Optional<TlsDefect> tlsDefect() {
        return current.get().plan().tlsDefect();
    }

    @Override
    public Optional<Fault> faultFor(WebRequest request) {
        return current.get().plan().faultFor(request);
    }
}
