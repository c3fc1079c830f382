package dev.mockndes.admin;

import dev.mockndes.scenario.ActiveScenario;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.scenario.ScenarioLibrary;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Runtime control of the fault scenario:
 * <pre>
 *   GET  /scenarios   the library: name and title of each
 *   GET  /scenario    the scenario in force, with its documentation
 *   PUT  /scenario    switch: {"name":"app-pool-stopped"}, or a whole scenario as YAML (Content-Type
 *                     application/yaml; extends resolved against the library)
 *   POST /reset       restart the scenario's counters, phases and random source
 * </pre>
 * A switch is atomic: each request is decided by the old scenario or the new one.
 */
final class ScenarioRoutes {
    record UseRequest(String name) {
    }

    private final ActiveScenario active;
    private final Supplier<ScenarioLibrary> library;

    /** @param library read on first use, so start-up does not pay for parsing the library */
    ScenarioRoutes(ActiveScenario active, Supplier<ScenarioLibrary> library) {
        this.active = active;
        this.library = library;
    }

    AdminRoutes register(AdminRoutes routes) {
        return routes
                .on("GET", "/scenarios", request -> Json.ok(library.get().list().stream().map(ScenarioRoutes::summary).toList()))
                .on("GET", "/scenario", request -> Json.ok(describe(active.current())))
                .on("PUT", "/scenario", this::use)
                .on("POST", "/reset", request -> {
                    active.reset();
                    return Json.ok(describe(active.current()));
                });
    }

    private WebResponse use(WebRequest request) {
        String type = request.header("content-type").orElse("application/json");
        Scenario scenario;
        if (type.contains("yaml")) {
            try {
                scenario = library.get().parse("request body", new String(request.body(), StandardCharsets.UTF_8));
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        } else {
            String name = Json.read(request, UseRequest.class).name();
            if (name == null) {
                throw new IllegalArgumentException("'name' is required, e.g. {\"name\":\"app-pool-stopped\"}");
            }
            try {
                scenario = library.get().get(name);
            } catch (NoSuchElementException e) {
                return Json.error(404, e.getMessage());
            }
        }
        active.use(scenario);
        return Json.ok(describe(scenario));
    }

    private static Map<String, Object> summary(Scenario scenario) {
        return Map.of("name", scenario.name(), "title", scenario.title());
    }

    private static Map<String, Object> describe(Scenario scenario) {
        Map<String, Object> description = new LinkedHashMap<>(summary(scenario));
        if (scenario.documentation() != null) {
            description.put("documentation", scenario.documentation());
        }
        if (!scenario.expect().isEmpty()) {
            description.put("expect", new java.util.TreeMap<>(scenario.expect()));
        }
        description.put("rules", scenario.rules().size());
        description.put("phases", scenario.phases().size());
        return description;
    }
}
