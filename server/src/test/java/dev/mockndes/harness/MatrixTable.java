package dev.mockndes.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The scenario × device table of docs/client-harness.md, rendered from observed outcomes, and the section
 * between {@code <!-- matrix:begin -->} and {@code <!-- matrix:end -->} that holds it.
 */
final class MatrixTable {
    static final String BEGIN = "<!-- matrix:begin -->";
    static final String END = "<!-- matrix:end -->";

    private MatrixTable() {
    }

    /** @param outcomes scenario → device → outcome wire form, scenarios in row order */
    static String render(Map<String, Map<String, String>> outcomes, List<String> devices) {
        return dev.mockndes.harness.matrix.MatrixTable.render(outcomes, devices);
    }

    static String section(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return "";
        }
        return text.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    static void write(Path page, String table) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(page + " has no " + BEGIN + " … " + END + " section");
        }
        Files.writeString(page, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end), StandardCharsets.UTF_8);
    }
}
