package dev.mockndes.harness.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outcomes by scenario and device, as the Markdown table docs/client-harness.md shows. */
public final class MatrixTable {
    private final List<String> devices;
    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

    MatrixTable(List<String> devices) {
        this.devices = List.copyOf(devices);
    }

    void put(String scenario, String device, String outcome) {
        rows.computeIfAbsent(scenario, s -> new LinkedHashMap<>()).put(device, outcome);
    }

    /** {@code | scenario | android | … |}, the separator, then one row per scenario in the order they were run. */
    String markdown() {
        return render(rows, devices);
    }

    /**
     * The table docs/client-harness.md shows (the build checks the page against it).
     *
     * @param outcomes scenario → device → outcome in the scenario files' words, scenarios in row order
     */
    public static String render(Map<String, Map<String, String>> outcomes, List<String> devices) {
        StringBuilder table = new StringBuilder("| scenario |");
        devices.forEach(d -> table.append(' ').append(d).append(" |"));
        table.append("\n|---|");
        devices.forEach(d -> table.append("---|"));
        table.append('\n');
        outcomes.forEach((scenario, row) -> {
            table.append("| `").append(scenario).append("` |");
            devices.forEach(d -> table.append(' ').append(row.getOrDefault(d, "?")).append(" |"));
            table.append('\n');
        });
        return table.toString();
    }
}
