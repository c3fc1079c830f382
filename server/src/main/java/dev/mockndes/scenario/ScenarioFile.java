package dev.mockndes.scenario;

/** A scenario as read from one file, before {@code extends} is resolved, with the positions of its keys. */
record ScenarioFile(String source, Scenario scenario, YamlIndex index) {

    String name() {
        return scenario.name();
    }

    ScenarioException problem(String path, String problem) {
        return index.problem(path, problem);
    }
}
