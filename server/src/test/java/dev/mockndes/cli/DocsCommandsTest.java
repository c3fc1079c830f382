package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.HarnessCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every {@code mock-ndes} and {@code scep-harness} command shown in a code block of the README, the
 * pages under docs/ and the scenario folder's README parses: its subcommands and options exist and
 * its values convert. An example that would answer "Unknown option" fails the build.
 */
class DocsCommandsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A command at the start of a line or after an environment assignment, a pipe, {@code &&} or {@code $(}. */
    private static final Pattern COMMAND = Pattern.compile("(?:^|[|;&(]\\s*|^(?:\\w+=\\S+\\s+)+)(?:\\./|\\S*/)?(mock-ndes|scep-harness)\\s+(.*)$");
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    static Stream<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("scenarios/README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().map(ROOT::relativize).forEach(pages::add);
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyCommandShownParsesWithItsOptions(Path name) throws IOException {
        List<String> refused = new ArrayList<>();
        for (List<String> block : MarkdownPage.read(ROOT.resolve(name)).codeBlocks()) {
            for (String line : joined(block)) {
                Matcher command = COMMAND.matcher(line);
                if (!command.find()) {
                    continue;
                }
                List<String> args = arguments(command.group(2));
                CommandLine commandLine = command.group(1).equals("mock-ndes") ? MockNdesCommand.commandLine() : HarnessCommand.commandLine();
                try {
                    commandLine.setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args.toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    refused.add(name + ": " + line + "\n    " + e.getMessage());
                }
            }
        }
        assertThat(refused).as("commands the tools refuse").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsTheCommandsOfTheReadme() throws IOException {
        long commands = MarkdownPage.read(ROOT.resolve("README.md")).codeBlocks().stream().flatMap(block -> joined(block).stream())
                .filter(line -> COMMAND.matcher(line).find()).count();
        assertThat(commands).isGreaterThanOrEqualTo(4);
    }

    /** The block's lines with {@code \} continuations joined and comments dropped. */
    private static List<String> joined(List<String> block) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : block) {
            String line = raw.startsWith("#") ? "" : raw.replaceFirst("\\s+#\\s.*$", "");
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            lines.add(pending.append(line).toString().strip());
            pending.setLength(0);
        }
        return lines;
    }

    /** Shell words up to the first redirection, pipe or list operator, quotes removed. */
    private static List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String word = token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3);
            if (token.group(3) != null && word.matches("[|;&>)<].*|\\d?>.*")) {
                break;
            }
            if (token.group(3) != null && word.contains(")")) { // the end of a $( … ) or <( … )
                args.add(word.substring(0, word.indexOf(')')));
                break;
            }
            args.add(word);
        }
        return args;
    }
}
