package dev.mockndes.scenario;

import dev.mockndes.fault.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves {@code extends}: the child's given fields win; its rules come first (first match wins),
 * then the parent's; documentation, phases, seed, approval, error pages and breaks are the child's when given; expectations merge
 * by device, the child's winning. An unknown parent or a cycle is reported at the child's
 * {@code extends} key.
 */
final class Inheritance {
    private final Function<String, Optional<ScenarioFile>> files;
    private final Collection<String> known;
    private final Map<String, Scenario> resolved = new LinkedHashMap<>();

    /** @param files finds a scenario file by name; @param known the names to list when one is unknown */
    Inheritance(Function<String, Optional<ScenarioFile>> files, Collection<String> known) {
        this.files = files;
        this.known = known;
    }

    Scenario resolve(ScenarioFile file) {
        return resolve(file, new ArrayList<>());
    }

    private Scenario resolve(ScenarioFile file, List<String> chain) {
        Scenario own = file.scenario();
        Scenario done = resolved.get(own.name());
        if (done != null) {
            return done;
        }
        chain.add(own.name());
        Scenario result = own;
        if (own.extendsName() != null) {
            if (chain.contains(own.extendsName())) {
                throw file.problem("extends", "extends makes a cycle: " + String.join(" -> ", chain) + " -> " + own.extendsName());
            }
            ScenarioFile parent = files.apply(own.extendsName()).orElseThrow(() -> unknownParent(file, known));
            result = merge(own, resolve(parent, chain));
        }
        resolved.put(own.name(), result);
        return result;
    }

    static ScenarioException unknownParent(ScenarioFile file, Collection<String> known) {
        return file.problem("extends", "extends names an unknown scenario '" + file.scenario().extendsName()
                + "' (known: " + String.join(", ", known) + ")");
    }

    static Scenario merge(Scenario child, Scenario parent) {
        List<Rule> rules = new ArrayList<>(child.rules());
        rules.addAll(parent.rules());
        Map<String, Expectation> expect = new LinkedHashMap<>(parent.expect());
        expect.putAll(child.expect());
        return new Scenario(child.name(), child.title(), child.extendsName(),
                child.documentation() != null ? child.documentation() : parent.documentation(),
                rules,
                child.phases().isEmpty() ? parent.phases() : child.phases(),
                child.seed() != null ? child.seed() : parent.seed(),
                expect,
                child.events().isEmpty() ? parent.events() : child.events(),
                child.checks().isEmpty() ? parent.checks() : child.checks(),
                child.approval() != null ? child.approval() : parent.approval(),
                child.errorPages() != null ? child.errorPages() : parent.errorPages(),
                child.breaks() != null ? child.breaks() : parent.breaks());
    }
}
