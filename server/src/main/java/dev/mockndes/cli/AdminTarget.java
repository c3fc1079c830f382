package dev.mockndes.cli;

import dev.mockndes.admin.Admin;
import dev.mockndes.admin.AdminException;
import dev.mockndes.admin.HttpAdmin;
import dev.mockndes.admin.Json;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a running server's admin API is and how to authenticate: the options every admin subcommand shares. */
final class AdminTarget {
    @Option(names = "--admin", defaultValue = "${env:MOCK_NDES_ADMIN:-http://127.0.0.1:8081}", paramLabel = "URL",
            description = "The admin API's base URL. Env MOCK_NDES_ADMIN. Default: ${DEFAULT-VALUE}.")
    String admin;

    @Option(names = "--token", defaultValue = "${env:MOCK_NDES_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "Bearer token, when the server runs with --admin-token. Env MOCK_NDES_ADMIN_TOKEN.")
    String token;

    /** Makes one typed call through the admin facade; prints its answer as JSON (exit 0), or one line (exit 1). */
    int call(CommandLine.Model.CommandSpec spec, Function<Admin, Object> call) {
        Object answer;
        try {
            answer = call.apply(new HttpAdmin(admin, Optional.ofNullable(token)));
        } catch (AdminException | UncheckedIOException e) {
            CliErrors.adminFailure(e, admin, spec.qualifiedName()).printTo(spec.commandLine().getErr());
            return 1;
        }
        spec.commandLine().getOut().println(Json.text(answer));
        return 0;
    }
}
