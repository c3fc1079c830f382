package dev.mockndes.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mock-ndes} command line. */
@Command(name = "mock-ndes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A mock Microsoft NDES/SCEP server for integration testing.",
        subcommands = {ServeCommand.class, ScenariosCommand.class, ScenarioCommand.class, PendingCommand.class,
                CertificatesCommand.class, CaCommand.class, HealthCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  mock-ndes serve", "  mock-ndes serve --port 0 --challenge s3cret",
                "  mock-ndes scenarios list", "  mock-ndes ca export > mock-ndes-ca.pem", "  mock-ndes help serve"})
public final class MockNdesCommand implements Runnable {
    private static final String NETTY_JFR = "io.netty.jfr.enabled";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'mock-ndes serve'");
    }

    public static void main(String[] args) {
        // Netty's buffer allocator asks JFR whether its events are on, which loads JFR's metadata (about 80 classes)
        // on the first request. The server records nothing with JFR; -Dio.netty.jfr.enabled=true brings the events back.
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
        System.exit(forArguments(args).execute(args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length)
                : args));
    }

    /**
     * {@code serve} skips building the whole command tree (picocli reflects over every subcommand,
     * about 0.5 s in a cold JVM) and parses with the serve command alone: start-up time is part of
     * what the server promises. Help and errors read the same either way.
     */
    private static CommandLine forArguments(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            return configured(new CommandLine(new ServeCommand()).setCommandName("mock-ndes serve"));
        }
        return commandLine();
    }

    /**
     * The configured command line, shared by {@link #main} and tests. Errors are one line on stderr:
     * exit 2 for a usage error, 1 for a failure. Help is coloured only on a terminal, never with
     * {@code NO_COLOR} set (picocli's {@code Ansi.AUTO}).
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = configured(new CommandLine(new MockNdesCommand()));
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footer("", "Examples:", "  mock-ndes help", "  mock-ndes help serve");
        return commandLine;
    }

    private static CommandLine configured(CommandLine commandLine) {
        return commandLine
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println("mock-ndes: " + e.getMessage()
                            + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    CliErrors.unexpected(e, cmd.getCommandSpec().qualifiedName() + " --help").printTo(cmd.getErr());
                    return 1;
                });
    }

    /** The exception's message on one line, or its type when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
