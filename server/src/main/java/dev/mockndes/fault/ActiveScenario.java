package dev.mockndes.fault;

import dev.mockndes.scenario.Scenario;
import dev.mockndes.web.WebRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The scenario in force, switched atomically: each request is decided by the old plan or the new
 * one, never a mix. Switching (or resetting) starts the plan's counters and random source afresh;
 * switching (not resetting) also tells {@code onSwitch}, which raises the scenario's events.
 */
public final class ActiveScenario implements FaultPolicy {
    private final AtomicReference<ScenarioPlan> plan;
    private final Consumer<Scenario> onSwitch;

    public ActiveScenario(Scenario initial) {
        this(initial, scenario -> { });
    }

    public ActiveScenario(Scenario initial, Consumer<Scenario> onSwitch) {
        this.plan = new AtomicReference<>(new ScenarioPlan(initial));
        this.onSwitch = onSwitch;
        onSwitch.accept(initial);
    }

    public Scenario current() {
        return plan.get().scenario();
    }

    public void use(Scenario scenario) {
        plan.set(new ScenarioPlan(scenario));
        onSwitch.accept(scenario);
    }

    public void reset() {
        plan.updateAndGet(current -> new ScenarioPlan(current.scenario()));
    }

    /** The plan in force now; a caller that decides and then injects holds on to one plan. */
    public ScenarioPlan plan() {
        return plan.get();
    }

    @Override
    public FaultPolicy inForce() {
        return plan.get();
    }

    @Override
    public java.util.random.RandomGenerator random() {
        return plan.get().random();
    }

    @Override
    public Optional<Fault> faultFor(WebRequest request) {
        return plan.get().faultFor(request);
    }
}
