package dev.mockndes.scenario;

import dev.mockndes.fault.Phase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockndes.fault.FaultTypes;
import dev.mockndes.fault.IisError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one {@code file:line:col: message} line that says what is wrong in plain words. */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAScenarioWithEveryPart() throws IOException {
        Scenario scenario = ScenarioLoader.load(write("demo.yaml", """
                name: demo
                title: A demo
                documentation: {article: A — B, symptom: s, cause: c, resolution: r}
                seed: 42
                rules:
                  - match: {operation: [PKIOperation], method: [GET], minQueryLength: 2049}
                    fault: {type: iis-error, status: 404, substatus: 15}
                    probability: 0.5
                    after: 1
                    times: 2
                phases:
                  - requests: 3
                    rules: [{fault: {type: reset}}]
                expect:
                  ios: {outcome: http-status, status: 404}
                  android: {outcome: success}
                """));

        assertThat(scenario.name()).isEqualTo("demo");
        assertThat(scenario.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.fault()).isEqualTo(new IisError(404, 15, 0));
            assertThat(rule.match().operation()).containsExactly("PKIOperation");
            assertThat(rule.probability()).isEqualTo(0.5);
        });
        assertThat(scenario.phases()).singleElement().extracting(Phase::requests).isEqualTo(3);
        assertThat(scenario.expect().get("ios")).isEqualTo(new Expectation("http-status", 404, null));
        assertThat(scenario.seed()).isEqualTo(42L);
    }

    @Test
    void reportsAnUnknownKeyWithItsPositionAndTheKnownKeys() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - fault:
                      type: iis-error
                      status: 500
                      stauts: 500
                """)).isEqualTo(dir.resolve("x.yaml") + ":7:7: unknown key 'stauts' in fault iis-error (known: status, substatus, win32)");
    }

    @Test
    void reportsTheUnknownKeyRatherThanTheMissingKeyItsTypoHides() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - fault: {type: iis-error, stauts: 500}
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:30: unknown key 'stauts' in fault iis-error (known: status, substatus, win32)");
    }

    @Test
    void reportsAValueOfTheWrongType() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - fault: {type: delay, millis: soon}
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:26: 'millis' in fault delay must be a whole number, not 'soon'");
    }

    @Test
    void reportsAScalarWhereAListBelongsWithTheFix() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - match: {operation: PKIOperation}
                    fault: {type: reset}
                """)).isEqualTo(dir.resolve("x.yaml")
                + ":4:13: 'operation' in match must be a list, not 'PKIOperation' (write [PKIOperation])");
    }

    @Test
    void reportsAnUnknownFaultTypeAndListsTheKnownOnes() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - fault:
                      type: explode
                """)).isEqualTo(dir.resolve("x.yaml") + ":5:7: unknown fault type 'explode' (known: "
                + String.join(", ", FaultTypes.names()) + ")");
    }

    @Test
    void reportsARuleWithoutAFault() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - match: {method: [GET]}
                    probability: 0.5
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:5: missing required key 'fault' in rule");
    }

    @Test
    void reportsTheRecordsOwnRefusalOfABadProbability() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                rules:
                  - fault: {type: reset}
                    probability: 1.5
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:5: rule: probability must be between 0 and 1, not 1.5");
    }

    @Test
    void readsAnErrorPagesSettingAndRefusesAnUnknownModeWithItsPosition() throws IOException {
        Scenario custom = ScenarioLoader.parse("inline", "name: m\ntitle: t\nerrorPages: custom\n");
        assertThat(custom.errorPagesMode()).hasValue(dev.mockndes.web.ErrorPages.CUSTOM);
        assertThat(ScenarioText.describe(custom)).contains("Error pages: custom");
        assertThat(ScenarioLoader.parse("inline", "name: m\ntitle: t\n").errorPagesMode()).isEmpty();
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                errorPages: verbose
                """)).startsWith(dir.resolve("x.yaml") + ":").contains("'verbose' is not detailed-local-only, detailed or custom");
    }

    @Test
    void readsAnApprovalSettingAndRefusesABadModeOrAnUnknownKeyWithTheirPosition() throws IOException {
        Scenario manual = ScenarioLoader.parse("inline", "name: m\ntitle: t\napproval: {mode: manual, autoApproveAfterPolls: 2}\n");
        assertThat(manual.approval().settings().mode()).isEqualTo(dev.mockndes.enroll.ApprovalMode.MANUAL);
        assertThat(manual.approval().settings().autoApproveAfterPolls()).hasValue(2);
        assertThat(ScenarioText.describe(manual)).contains("Approval: manual autoApproveAfterPolls=2");
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                approval:
                  mode: sometimes
                """)).startsWith(dir.resolve("x.yaml") + ":3:1:").contains("approval mode must be auto or manual, not sometimes");
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                approval:
                  mode: manual
                  afterPolls: 2
                """)).startsWith(dir.resolve("x.yaml") + ":5:3:").contains("afterPolls");
    }

    @Test
    void reportsANameThatDoesNotMatchTheFileName() throws IOException {
        assertThat(errorFor("app-pool-stopped.yaml", """
                title: t
                name: app-pool-stoped
                """)).isEqualTo(dir.resolve("app-pool-stopped.yaml")
                + ":2:1: name 'app-pool-stoped' does not match the file name: it must be 'app-pool-stopped'");
    }

    @Test
    void reportsANameThatIsNotKebabCase() throws IOException {
        assertThat(errorFor("App_Pool.yaml", "name: App_Pool\ntitle: t\n"))
                .isEqualTo(dir.resolve("App_Pool.yaml") + ":1:1: name 'App_Pool' is not kebab-case (lower-case words joined by '-')");
    }

    @Test
    void reportsADuplicateKeyWhereItIsRepeated() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                expect:
                  ios: {outcome: success}
                  ios: {outcome: timeout}
                """)).isEqualTo(dir.resolve("x.yaml") + ":5:3: duplicate key 'ios' (first at line 4)");
    }

    @Test
    void reportsAMissingRequiredKeyOfTheScenario() throws IOException {
        assertThat(errorFor("x.yaml", "name: x\n")).isEqualTo(dir.resolve("x.yaml") + ":1:1: missing required key 'title' in the scenario");
    }

    @Test
    void reportsAnExpectationThatLacksItsStatus() throws IOException {
        assertThat(errorFor("x.yaml", """
                name: x
                title: t
                expect:
                  windows: {outcome: http-status}
                """)).isEqualTo(dir.resolve("x.yaml") + ":4:3: outcome http-status needs a 'status'");
    }

    @Test
    void reportsAnEmptyListItemAndAnEmptyFault() throws IOException {
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nrules:\n  -\n")).isEqualTo(dir.resolve("x.yaml") + ":4:4: this list item is empty");
        assertThat(errorFor("x.yaml", "name: x\ntitle: t\nrules:\n  - fault:\n")).isEqualTo(dir.resolve("x.yaml")
                + ":4:5: 'fault' is empty: a rule needs a fault with a 'type'");
    }

    @Test
    void reportsBrokenYaml() throws IOException {
        assertThat(errorFor("x.yaml", "name: x\n title: t\n")).isEqualTo(dir.resolve("x.yaml") + ":2:7: not valid YAML: mapping values are not allowed here");
    }

    @Test
    void reportsAFileThatCannotBeReadWithoutAPosition() {
        Path missing = dir.resolve("gone.yaml");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertThat(e.getMessage()).startsWith(missing + ": cannot read the file");
        assertThat(e.line()).isZero();
    }

    @Test
    void parsingInlineYamlSkipsTheFileNameCheckButNotTheRest() {
        assertThat(ScenarioLoader.parse("admin PUT /scenario", "name: anything\ntitle: t\n").name()).isEqualTo("anything");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse("admin PUT /scenario", "name: a\ntitle: t\nsede: 1\n")))
                .hasMessageStartingWith("admin PUT /scenario:3:1: unknown key 'sede' in the scenario (known: name, title, extends,");
    }

    private String errorFor(String fileName, String yaml) throws IOException {
        Path file = write(fileName, yaml);
        return catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file)).getMessage();
    }

    private Path write(String fileName, String yaml) throws IOException {
        return Files.writeString(dir.resolve(fileName), yaml);
    }
}
