package dev.mockndes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mock-ndes ca export}: the CA certificates clients must trust. */
@Command(name = "ca", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Works with the certificate authority of a running mock-ndes.",
        subcommands = {CaExportCommand.class},
        footer = {"", "Examples:",
                "  mock-ndes ca export > mock-ndes-ca.pem",
                "  mock-ndes ca export --insecure --chain --out chain.pem"})
final class CaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'mock-ndes ca export'");
    }
}
