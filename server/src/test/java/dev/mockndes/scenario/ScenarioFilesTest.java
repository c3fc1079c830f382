package dev.mockndes.scenario;

import dev.mockndes.fault.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The library in the repository's {@code scenarios/} folder: every file loads and says what it is about. */
class ScenarioFilesTest {
    private static final Path FOLDER = Path.of("../scenarios");
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(FOLDER);

    static List<Scenario> scenarios() {
        return LIBRARY.list();
    }

    @Test
    void everyYamlFileIsInTheLibraryUnderItsOwnName() throws Exception {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertThat(LIBRARY.list()).extracting(Scenario::name).containsExactlyElementsOf(names);
        }
    }

    @Test
    void theServerCarriesTheSameScenariosOnItsClassPath() {
        assertThat(ScenarioLibrary.builtIn().list()).isEqualTo(LIBRARY.list());
    }

    @Test
    void theLibraryHasTheDocumentedFailures() {
        assertThat(LIBRARY.list()).extracting(Scenario::name).contains("healthy", "missing-impersonation-right",
                "app-pool-stopped", "app-pool-stopped-intermediate-in-root", "app-pool-stopped-crl-unreachable",
                "app-pool-stopped-windows-auth-on-crp", "app-pool-stopped-expired-policy-cert", "gateway-timeout",
                "url-too-long", "page-cant-be-displayed", "connector-not-installed", "service-account-locked",
                "ra-certs-expired", "network-blocked", "challenge-rejected", "slow-ndes", "flaky");
        assertThat(LIBRARY.get("healthy").rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioIsDocumentedAndSaysWhatEachDeviceSees(Scenario scenario) {
        if (!scenario.name().equals("healthy")) {
            Documentation doc = scenario.documentation();
            assertThat(doc).as("documentation").isNotNull();
            assertThat(List.of(doc.article(), doc.symptom(), doc.cause(), doc.resolution())).allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(scenario.rules().size() + scenario.phases().size()).as("rules or phases").isPositive();
        }
        assertThat(scenario.expect().keySet()).as("the profiles the library declares").containsExactlyInAnyOrderElementsOf(declaredProfiles());
    }

    @Test
    void theLibraryDeclaresWhatTheOriginalProfilesSee() {
        assertThat(declaredProfiles()).contains("android", "ios", "macos", "windows", "rfc8894");
    }

    /** The profiles any scenario declares an outcome for: the device matrix's columns. */
    private static Set<String> declaredProfiles() {
        Set<String> declared = new TreeSet<>();
        LIBRARY.list().forEach(s -> declared.addAll(s.expect().keySet()));
        return declared;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void variantsOfAFailureKeepItsRulesAndHaveTheirOwnDocumentation(Scenario scenario) {
        if (scenario.extendsName() != null) {
            Scenario parent = LIBRARY.get(scenario.extendsName());
            assertThat(scenario.rules()).endsWith(parent.rules().toArray(Rule[]::new));
            assertThat(scenario.documentation()).isNotEqualTo(parent.documentation());
        }
    }
}
