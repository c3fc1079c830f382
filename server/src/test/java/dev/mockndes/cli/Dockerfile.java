package dev.mockndes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Dockerfile read the way the test needs it: stages of instructions, continuation lines joined, exec forms as lists. */
record Dockerfile(List<Stage> stages) {

    record Instruction(String keyword, String arguments) {
        /** The JSON exec form ({@code ["java", "-jar", …]}) as a list; the shell form split on spaces. */
        List<String> words() {
            String text = arguments.strip();
            int json = text.indexOf('[');
            if (json >= 0 && text.endsWith("]")) {
                try {
                    return Arrays.asList(new ObjectMapper().readValue(text.substring(json), String[].class));
                } catch (IOException e) {
                    throw new IllegalArgumentException("not a JSON exec form: " + text, e);
                }
            }
            return List.of(text.split("\\s+"));
        }
    }

    record Stage(String from, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        Instruction only(String keyword) {
            List<Instruction> found = all(keyword);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + keyword + " in the stage FROM " + from + ", found " + found.size());
            }
            return found.get(0);
        }
    }

    static Dockerfile read(Path file) throws IOException {
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (pending.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String whole = pending.append(line).toString().strip();
            pending.setLength(0);
            String[] parts = whole.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new Stage(instruction.arguments(), new ArrayList<>()));
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(stages);
    }
}
