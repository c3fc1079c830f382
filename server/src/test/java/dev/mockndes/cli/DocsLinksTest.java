package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation holds together: every relative link of the README, ARCHITECTURE.md, the pages
 * under docs/ and the scenario folder's README reaches a file that exists, and a {@code #anchor} a
 * heading of that file; the README links every page and still starts with the two commands.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Relative to the repository root, so each test is named by its page. */
    static Stream<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("ARCHITECTURE.md"),
                ROOT.resolve("scenarios/README.md")));
        pages.addAll(docsPages());
        return pages.stream().map(ROOT::relativize);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyRelativeLinkReachesAFileAndAHeadingThatExist(Path name) throws IOException {
        Path page = ROOT.resolve(name);
        List<String> broken = new ArrayList<>();
        for (MarkdownPage.Link link : MarkdownPage.read(page).links()) {
            String target = link.target();
            if (SCHEME.matcher(target).find()) {
                continue;
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
            String where = name + ":" + link.line() + ": " + target;
            if (!Files.exists(file)) {
                broken.add(where + " (no such file)");
            } else if (hash >= 0 && !MarkdownPage.read(file).anchors().contains(target.substring(hash + 1))) {
                broken.add(where + " (no such heading; there are " + MarkdownPage.read(file).anchors() + ")");
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void theReadmeLinksEveryDocumentationPage() throws IOException {
        List<String> linked = MarkdownPage.read(ROOT.resolve("README.md")).links().stream().map(MarkdownPage.Link::target)
                .filter(target -> !SCHEME.matcher(target).find())
                .map(target -> ROOT.relativize(ROOT.resolve(target.replaceFirst("#.*", "")).normalize()).toString()).toList();
        List<String> pages = new ArrayList<>(docsPages().stream().map(page -> ROOT.relativize(page).toString()).toList());
        pages.add("ARCHITECTURE.md");

        assertThat(linked).as("pages the README links").containsAll(pages);
    }

    @Test
    void theReadmeStartsWithTheCommandsThatRunAndTestIt() throws IOException {
        List<List<String>> blocks = MarkdownPage.read(ROOT.resolve("README.md")).codeBlocks();

        assertThat(blocks).isNotEmpty();
        assertThat(blocks.get(0)).containsExactly("./mock-ndes serve", "mvn -B verify");
    }

    private static List<Path> docsPages() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
