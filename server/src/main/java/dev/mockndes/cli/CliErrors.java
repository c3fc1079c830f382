package dev.mockndes.cli;

import dev.mockndes.admin.AdminException;
import dev.mockndes.common.SystemWords;
import dev.mockndes.ndes.log.LogFolderException;
import dev.mockndes.scenario.ScenarioException;
import dev.mockndes.store.StorageException;
import dev.mockndes.transport.ListenException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The formatter of {@code mock-ndes}: turns whatever a command failed with into a {@link CliError},
 * giving the operating system's or the admin API's reason and the flag or command that helps.
 */
final class CliErrors {
    private static final String PORTS = "(--port 0 and --admin-port 0 pick free ones; the ready line shows them)";

    private CliErrors() {
    }

    /** Why {@code serve} could not start with {@code options}. */
    static CliError serveFailure(RuntimeException e, ServeOptions options) {
        if (e instanceof ListenException listen) {
            return listenFailure(listen, options);
        }
        if (e instanceof StorageException && e.getCause() instanceof java.io.IOException) {
            return new CliError("cannot use --data-dir " + options.dataDir + " as a data folder", SystemWords.of(e.getCause()),
                    "give a folder on a disk with free space that this user can create and write, e.g. --data-dir ./mock-ndes-data");
        }
        if (e instanceof StorageException) {
            return new CliError("cannot start", e.getMessage(),
                    "fix or replace that file, or start without --data-dir and --import-ca-* for an ephemeral CA");
        }
        if (e instanceof LogFolderException logs) {
            return new CliError("cannot write logs to --log-dir " + logs.folder(), SystemWords.of(e.getCause()),
                    "give a folder this user can create and write, e.g. --log-dir ./logs");
        }
        return unexpected(e, "mock-ndes serve --help");
    }

    private static CliError listenFailure(ListenException e, ServeOptions options) {
        String where = e.address() + ":" + e.port();
        String flag = e.port() == options.port ? "--port" : "--admin-port";
        if (e.reason().startsWith("Cannot assign requested address") || e.reason().startsWith("Name or service not known")) {
            return new CliError("cannot listen on --bind " + e.address(), e.reason(),
                    "--bind takes an address of this machine: 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or one of its own");
        }
        if (e.reason().startsWith("Permission denied")) {
            return new CliError("cannot listen on " + where + " (" + flag + ")", e.reason(),
                    "ports below 1024 need root: choose " + flag + " 8080 or above " + PORTS);
        }
        if (e.reason().startsWith("Address already in use")) {
            return new CliError("cannot listen on " + where + " (" + flag + ")", e.reason(),
                    "another program (perhaps another mock-ndes) holds port " + e.port() + ": stop it, or choose another " + flag + " " + PORTS);
        }
        return new CliError("cannot listen on " + where + " (" + flag + ")", e.reason(), "choose another " + flag + " or --bind " + PORTS);
    }

    /** Why a call to a running server's admin API at {@code adminUrl} failed. */
    static CliError adminFailure(RuntimeException e, String adminUrl, String command) {
        if (e instanceof AdminException refused) {
            return switch (refused.status()) {
                case 401 -> new CliError("the admin API at " + adminUrl + " refused the call", refused.getMessage(),
                        "pass the token the server was started with (its --admin-token) as --token TOKEN or in MOCK_NDES_ADMIN_TOKEN");
                case 404, 405 -> refused.getMessage().contains("no admin route") || refused.getMessage().contains("not from a mock-ndes admin API")
                        ? new CliError(adminUrl + " is not a mock-ndes admin API", "it answered " + refused.status(),
                                "give --admin the admin=URL of the server's ready line (not its scep= URL)")
                        : new CliError("the admin API refused '" + command + "'", refused.getMessage(), "see '" + command + " --help'");
                default -> new CliError("the admin API refused '" + command + "'", refused.getMessage(), "see '" + command + " --help'");
            };
        }
        if (e instanceof UncheckedIOException) {
            return new CliError("cannot reach the admin API at " + adminUrl, SystemWords.of(e),
                    "is 'mock-ndes serve' running? Pass the admin=URL its ready line shows with --admin URL or MOCK_NDES_ADMIN "
                            + "(a server started with --admin-port 0 always needs it)");
        }
        return unexpected(e, command + " --help");
    }

    /** A scenario named on the command line that is neither a known name nor a valid file. */
    static CliError scenarioFailure(String flag, RuntimeException e) {
        if (e instanceof NoSuchElementException) {
            return new CliError(flag + ": no such scenario", e.getMessage(),
                    "give a name from 'mock-ndes scenarios list' or the path of a .yaml file");
        }
        if (e instanceof ScenarioException) {
            return new CliError(flag + ": not a usable scenario file", e.getMessage(),
                    "check it with 'mock-ndes scenarios validate FILE'; the format is in scenarios/README.md");
        }
        return unexpected(e, "mock-ndes scenarios --help");
    }

    /** Anything else: the command, its reason in plain words, and where to read more. */
    static CliError unexpected(Throwable e, String help) {
        if (e instanceof CliError known) {
            return known;
        }
        String command = help.replaceFirst("^mock-ndes ", "").replaceFirst(" --help$", "");
        if (e instanceof NoSuchElementException || e instanceof ScenarioException) {
            return scenarioFailure(command, (RuntimeException) e);
        }
        return new CliError(command, SystemWords.of(e), "see '" + help + "'");
    }
}
