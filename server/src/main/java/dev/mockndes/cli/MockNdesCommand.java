package dev.mockndes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mock-ndes} command line. */
@Command(name = "mock-ndes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A mock Microsoft NDES/SCEP server for integration testing.",
        subcommands = {ServeCommand.class, ScenariosCommand.class, ScenarioCommand.class, CaCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  mock-ndes serve", "  mock-ndes serve --port 0 --challenge s3cret"})
public final class MockNdesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'mock-ndes serve'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new MockNdesCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println("mock-ndes: " + e.getMessage()
                            + " (see 'mock-ndes " + e.getCommandLine().getCommandName() + " --help')");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("mock-ndes: " + e.getMessage());
                    return 1;
                });
    }
}
