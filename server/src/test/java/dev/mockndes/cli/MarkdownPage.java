package dev.mockndes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file as far as its links and headings go: inline links and images outside code, the
 * anchors GitHub gives its headings, and its fenced code blocks.
 */
record MarkdownPage(Path file, List<String> lines) {
    /** {@code [text](target)} or {@code ![alt](target "title")}; the text may hold nested brackets no deeper than one level. */
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    /** What GitHub drops from a heading's text to make its anchor. */
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    /** One link target, with the 1-based line it starts on. */
    record Link(int line, String target) {
    }

    static MarkdownPage read(Path file) throws IOException {
        return new MarkdownPage(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    List<Link> links() {
        String prose = String.join("\n", proseLines());
        Matcher spans = CODE_SPAN.matcher(prose);
        StringBuilder blanked = new StringBuilder();
        while (spans.find()) {
            spans.appendReplacement(blanked, Matcher.quoteReplacement(spans.group().replaceAll("[^\n]", " ")));
        }
        spans.appendTail(blanked);
        List<Link> links = new ArrayList<>();
        Matcher link = LINK.matcher(blanked);
        while (link.find()) {
            int line = 1 + (int) blanked.substring(0, link.start()).chars().filter(c -> c == '\n').count();
            links.add(new Link(line, link.group(1)));
        }
        return links;
    }

    /** The anchors of the headings, as GitHub makes them: a repeated heading gets -1, -2, … */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : proseLines()) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
                String anchor = NOT_IN_ANCHOR.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
                int repeats = seen.merge(anchor, 1, Integer::sum) - 1;
                anchors.add(repeats == 0 ? anchor : anchor + "-" + repeats);
            }
        }
        return anchors;
    }

    /** The lines inside each fenced code block, without a trailing {@code  # comment}. */
    List<List<String>> codeBlocks() {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                } else {
                    blocks.add(block);
                    block = null;
                }
            } else if (block != null) {
                int comment = line.indexOf("  #");
                block.add((comment >= 0 ? line.substring(0, comment) : line).strip());
            }
        }
        return blocks;
    }

    /** Every line, with those of fenced code blocks (fences included) left empty so line numbers hold. */
    private List<String> proseLines() {
        List<String> prose = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            boolean fence = line.startsWith("```");
            prose.add(inFence || fence ? "" : line);
            inFence ^= fence;
        }
        return prose;
    }
}
