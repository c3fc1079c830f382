package dev.mockndes.harness;

import dev.mockndes.harness.device.EnrolCommand;
import dev.mockndes.harness.load.LoadCommand;
import dev.mockndes.harness.probe.ProbeCommand;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scep-harness} command line: SCEP client emulation against any NDES, mock or real. */
@Command(name = "scep-harness", mixinStandardHelpOptions = true, version = "scep-harness 0.1.0",
        description = "Drives SCEP clients against an NDES (mock-ndes or a real one).",
        subcommands = {EnrolCommand.class, ProbeCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class HarnessCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'scep-harness enrol|probe|load URL'");
    }

    public static void main(String[] args) {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        System.exit(new CommandLine(new HarnessCommand())
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("scep-harness: " + e.getMessage());
                    return CommandLine.ExitCode.USAGE;
                })
                .execute(args));
    }
}
