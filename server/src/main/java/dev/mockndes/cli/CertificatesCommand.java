package dev.mockndes.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mock-ndes certificates revoke}: revokes an issued certificate of a running server, through its admin API. */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = "Manage the certificates a running mock-ndes has issued.",
        subcommands = {CertificatesCommand.Revoke.class},
        footer = {"", "Examples:", "  mock-ndes certificates revoke 4A1F… --reason 1 --admin http://127.0.0.1:8081"})
public final class CertificatesCommand {

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a certificate; the next CRL (GetCRL and the CRL distribution point) lists it.",
            footer = {"", "Examples:", "  mock-ndes certificates revoke 4A1F…", "  mock-ndes certificates revoke 4A1F… --reason 4 --token t0k3n"})
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "SERIAL", description = "The serial number in hex.")
        String serial;

        @Option(names = "--reason", paramLabel = "N", description = "RFC 5280 CRLReason code (0 unspecified, 1 keyCompromise, "
                + "4 superseded, 5 cessationOfOperation, …). Default: the server's (unspecified).")
        Integer reason;

        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String hex = serial.trim().replaceAll("[:\\s]", "");
            if (!hex.matches("(?i)[0-9a-f]+")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "SERIAL must be hexadecimal, not '" + serial + "'");
            }
            return target.call(spec, admin -> admin.revoke(new java.math.BigInteger(hex, 16), java.util.Optional.ofNullable(reason)));
        }
    }
}
