package dev.mockndes.harness.probe;

import dev.mockndes.harness.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The probe's findings and diagnosis, for people ({@link #text()}) and machines ({@link #json()}). */
public record ProbeReport(URI url, List<Finding> findings, Diagnosis diagnosis) {

    public ProbeReport {
        findings = List.copyOf(findings);
    }

    public boolean healthy() {
        return diagnosis.healthy();
    }

    public String text() {
        StringBuilder out = new StringBuilder("probe of ").append(url).append('\n');
        for (Finding f : findings) {
            out.append(String.format(Locale.ROOT, "  %-6s %-12s %s%n", "[" + f.verdict().name().toLowerCase(Locale.ROOT) + "]", f.step(), f.observation()));
        }
        Cause cause = diagnosis.cause();
        out.append("\ndiagnosis: ").append(cause.id()).append(" - ").append(cause.title()).append('\n')
                .append("evidence: ").append(diagnosis.evidence()).append('\n')
                .append("cause: ").append(cause.cause()).append('\n')
                .append("resolution: ").append(cause.resolution()).append('\n');
        if (!diagnosis.alternatives().isEmpty()) {
            out.append("same symptoms, other documented causes:\n");
            diagnosis.alternatives().forEach(a -> out.append("  - ").append(a.id()).append(": ").append(a.title())
                    .append(". ").append(a.resolution()).append('\n'));
        }
        return out.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("url", url.toString());
        root.put("healthy", healthy());
        root.put("findings", findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", f.step());
            m.put("verdict", f.verdict().name().toLowerCase(Locale.ROOT));
            m.put("observation", f.observation());
            return m;
        }).toList());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", diagnosis.id());
        d.put("title", diagnosis.cause().title());
        d.put("evidence", diagnosis.evidence());
        d.put("cause", diagnosis.cause().cause());
        d.put("resolution", diagnosis.cause().resolution());
        d.put("alternatives", diagnosis.alternatives().stream().map(Cause::id).toList());
        root.put("diagnosis", d);
        return Json.write(root);
    }
}
