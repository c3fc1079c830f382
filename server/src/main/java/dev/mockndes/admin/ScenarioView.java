package dev.mockndes.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockndes.scenario.Breaks;
import dev.mockndes.scenario.Documentation;
import dev.mockndes.scenario.Expectation;
import dev.mockndes.scenario.Scenario;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario as the admin API shows it: name, title, documentation and device expectations when it
 * has them, how many rules and phases it holds, and where in the chain it breaks when it says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioView(String name, String title, Documentation documentation, Map<String, Expectation> expect, int rules,
                           int phases, Breaks breaks) {

    public ScenarioView(String name, String title, Documentation documentation, Map<String, Expectation> expect, int rules,
                        int phases) {
        this(name, title, documentation, expect, rules, phases, null);
    }

    public static ScenarioView of(Scenario scenario) {
        return new ScenarioView(scenario.name(), scenario.title(), scenario.documentation(),
                scenario.expect().isEmpty() ? null : new TreeMap<>(scenario.expect()), scenario.rules().size(),
                scenario.phases().size(), scenario.breaks());
    }
}
