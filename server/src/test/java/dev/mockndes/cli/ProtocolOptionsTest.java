package dev.mockndes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.config.ProtocolSettings;
import dev.mockndes.enroll.ApprovalMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve options of the RFC 8894 features map onto {@link ProtocolSettings}. */
class ProtocolOptionsTest {

    private static ProtocolSettings parse(String... arguments) {
        ServeOptions options = new ServeOptions();
        new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(arguments);
        return options.toConfig().protocol();
    }

    @Test
    void byDefaultApprovalIsAutomaticRenewalIsAlwaysAllowedAndThereIsNoNextCa() {
        ProtocolSettings protocol = parse();
        assertThat(protocol.approval().mode()).isEqualTo(ApprovalMode.AUTO);
        assertThat(protocol.renewalWindow()).isEmpty();
        assertThat(protocol.signingTimeTolerance()).contains(Duration.ofHours(24));
        assertThat(protocol.crlBaseUrl()).isEmpty();
        assertThat(protocol.nextCa()).isFalse();
    }

    @Test
    void everyProtocolOptionReachesTheSettings() {
        ProtocolSettings protocol = parse("--approval", "manual", "--auto-approve-after-polls", "2", "--auto-approve-after", "30s",
                "--renewal-window", "30d", "--signing-time-tolerance", "0s", "--crl-base-url", "http://pki.example.test/CertEnroll/",
                "--next-ca", "generate");
        assertThat(protocol.approval().mode()).isEqualTo(ApprovalMode.MANUAL);
        assertThat(protocol.approval().autoApproveAfterPolls()).hasValue(2);
        assertThat(protocol.approval().autoApproveAfter()).contains(Duration.ofSeconds(30));
        assertThat(protocol.renewalWindow()).contains(Duration.ofDays(30));
        assertThat(protocol.signingTimeTolerance()).as("0s turns the check off").isEqualTo(Optional.empty());
        assertThat(protocol.crlBaseUrl()).contains("http://pki.example.test/CertEnroll/");
        assertThat(protocol.nextCa()).isTrue();
    }

    @Test
    void autoApprovalOptionsWithoutManualApprovalAreOneClearLine() {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err)).execute("serve", "--auto-approve-after-polls", "2");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("only applies to manual approval").hasLineCount(1);
    }

    @Test
    void aDurationThatIsNotOneIsRefused() {
        StringWriter err = new StringWriter();
        int code = MockNdesCommand.commandLine().setErr(new PrintWriter(err)).execute("serve", "--renewal-window", "soon");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--renewal-window").contains("'soon' is not a duration (e.g. 500ms, 30s, 5m, 1h, 2d or PT30S)")
                .doesNotContain("Exception");
    }
}
