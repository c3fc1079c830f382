package dev.mockndes.harness;

import dev.mockndes.harness.cli.CompletionCommand;
import dev.mockndes.harness.cli.HarnessErrors;
import dev.mockndes.harness.device.EnrolCommand;
import dev.mockndes.harness.load.LoadCommand;
import dev.mockndes.harness.matrix.MatrixCommand;
import dev.mockndes.harness.probe.ProbeCommand;
import dev.mockndes.harness.record.RecordCommand;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scep-harness} command line: SCEP client emulation against any NDES, mock or real. */
@Command(name = "scep-harness", mixinStandardHelpOptions = true, versionProvider = HarnessCommand.Version.class,
        description = "Drives SCEP clients against an NDES (mock-ndes or a real one).",
        subcommands = {EnrolCommand.class, ProbeCommand.class, LoadCommand.class, dev.mockndes.harness.load.CryptoFloorCommand.class, MatrixCommand.class, RecordCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class HarnessCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'scep-harness enrol|probe|load|matrix|record URL'");
    }

    public static void main(String[] args) {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line, shared by {@link #main} and tests: a usage error is one line and
     * exit 2, a failure a {@link dev.mockndes.harness.cli.HarnessError} and exit 1.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new HarnessCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("scep-harness: " + e.getMessage()
                            + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    HarnessErrors.explain(e, cmd.getCommandSpec().qualifiedName()).printTo(cmd.getErr());
                    return 1;
                });
    }

    /** {@code --version}: the build's version and commit, the same as mock-ndes's ({@link dev.mockndes.common.BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scep-harness " + dev.mockndes.common.BuildInfo.current().describe()};
        }
    }
}
