package dev.mockndes.scenario;

import dev.mockndes.fault.Phase;
import dev.mockndes.fault.Rule;
import dev.mockndes.fault.Fault;
import dev.mockndes.fault.FaultTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A scenario as plain text for people ({@code mock-ndes scenarios show}); not meant to be parsed. */
public final class ScenarioText {
    private static final int WIDTH = 100;

    private ScenarioText() {
    }

    public static String describe(Scenario s) {
        StringBuilder out = new StringBuilder(s.name()).append(": ").append(s.title()).append('\n');
        if (s.extendsName() != null) {
            out.append("extends ").append(s.extendsName()).append('\n');
        }
        Documentation doc = s.documentation();
        if (doc != null) {
            out.append("\nDocumentation: ").append(doc.article()).append('\n');
            paragraph(out, "Symptom:    ", doc.symptom());
            paragraph(out, "Cause:      ", doc.cause());
            paragraph(out, "Resolution: ", doc.resolution());
        }
        if (s.breaks() != null) {
            out.append("\nBreaks at: ").append(s.breaks().hop()).append('\n');
            paragraph(out, "Log:        ", s.breaks().log());
        }
        out.append("\nRules (first match wins):\n");
        rules(out, "  ", s.rules());
        for (int i = 0; i < s.phases().size(); i++) {
            Phase phase = s.phases().get(i);
            out.append("\nPhase ").append(i + 1).append(phase.requests() == null ? ", from then on" : ", " + phase.requests() + " requests")
                    .append(" (tried before the rules above):\n");
            rules(out, "  ", phase.rules());
        }
        if (s.seed() != null) {
            out.append("\nSeed: ").append(s.seed()).append('\n');
        }
        if (s.errorPages() != null) {
            out.append("\nError pages: ").append(s.errorPages()).append('\n');
        }
        if (s.approval() != null) {
            List<String> approval = new ArrayList<>(List.of(s.approval().mode()));
            approval.addAll(nonNull("autoApproveAfterPolls", s.approval().autoApproveAfterPolls(),
                    "autoApproveAfterSeconds", s.approval().autoApproveAfterSeconds()));
            out.append("\nApproval: ").append(String.join(" ", approval)).append('\n');
        }
        if (!s.expect().isEmpty()) {
            out.append("\nExpected outcomes:\n");
            new TreeMap<>(s.expect()).forEach((device, e) -> out.append(String.format("  %-8s %s%s%n", device, e.outcome(),
                    e.status() != null ? " " + e.status() : e.failInfo() != null ? " " + e.failInfo() : "")));
        }
        return out.toString();
    }

    /** One line per rule: {@code 1. operation=PKIOperation -> iis-error status=500 [probability=0.3]}. */
    private static void rules(StringBuilder out, String indent, List<Rule> rules) {
        if (rules.isEmpty()) {
            out.append(indent).append("none: every request is answered normally\n");
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String match = rule.match() == null ? "" : fields(rule.match());
            String knobs = String.join(" ", nonNull("probability", rule.probability(), "after", rule.after(), "times", rule.times()));
            out.append(indent).append(i + 1).append(". ").append(match.isEmpty() ? "every request" : match)
                    .append(" -> ").append(fault(rule.fault())).append(knobs.isEmpty() ? "" : " [" + knobs + "]").append('\n');
        }
    }

    static String fault(Fault fault) {
        String fields = fields(fault);
        return FaultTypes.nameOf(fault) + (fields.isEmpty() ? "" : " " + fields);
    }

    /** A record's non-null components as {@code key=value}, lists joined with commas (faults are all records). */
    private static String fields(Object record) {
        List<String> parts = new ArrayList<>();
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
            try {
                Object value = component.getAccessor().invoke(record);
                if (value != null) {
                    parts.add(Vocabulary.key(component) + "=" + (value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : value));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(" ", parts);
    }

    private static List<String> nonNull(Object... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parts.add(namesAndValues[i] + "=" + namesAndValues[i + 1]);
            }
        }
        return parts;
    }

    /** {@code label} then {@code text} wrapped at {@link #WIDTH}, continuation lines under the text. */
    private static void paragraph(StringBuilder out, String label, String text) {
        if (text == null) {
            return;
        }
        String pad = "  " + " ".repeat(label.length());
        StringBuilder line = new StringBuilder("  ").append(label);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > pad.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(pad);
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
