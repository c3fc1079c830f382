package dev.mockndes.cli;

import dev.mockndes.admin.Admin;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mock-ndes pending list|approve|reject}: the manual-approval queue of a running server, through its admin API. */
@Command(name = "pending", mixinStandardHelpOptions = true,
        description = "List, approve or reject enrolment requests waiting for approval (serve --approval manual).",
        subcommands = {PendingCommand.ListPending.class, PendingCommand.Approve.class, PendingCommand.Reject.class},
        footer = {"", "Examples:",
                "  mock-ndes pending list --admin http://127.0.0.1:8081",
                "  mock-ndes pending approve 5F3A…",
                "  mock-ndes pending reject 5F3A…"})
public final class PendingCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show every queued request and its state.",
            footer = {"", "Examples:", "  mock-ndes pending list", "  mock-ndes pending list --admin http://127.0.0.1:8081 --token t0k3n"})
    static final class ListPending implements Callable<Integer> {
        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return target.call(spec, Admin::pending);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Issue the certificate; the device gets it at its next poll.",
            footer = {"", "Examples:", "  mock-ndes pending approve 3F2A9C…", "  mock-ndes pending approve 3F2A9C… --admin http://ndes-mock:8081"})
    static final class Approve implements Callable<Integer> {
        @Parameters(paramLabel = "TRANSACTION_ID", description = "As 'pending list' shows it.")
        String transactionId;

        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return target.call(spec, admin -> admin.approve(transactionId));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Refuse the request; the device's next poll gets FAILURE badRequest.",
            footer = {"", "Examples:", "  mock-ndes pending reject 3F2A9C…", "  mock-ndes pending reject 3F2A9C… --token t0k3n"})
    static final class Reject implements Callable<Integer> {
        @Parameters(paramLabel = "TRANSACTION_ID", description = "As 'pending list' shows it.")
        String transactionId;

        @CommandLine.Mixin
        AdminTarget target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return target.call(spec, admin -> admin.reject(transactionId));
        }
    }

}
