package dev.mockndes.harness.record;

import dev.mockndes.common.profile.NdesProfile;
import dev.mockndes.common.profile.ProfileFiles;
import dev.mockndes.harness.cli.HarnessError;
import dev.mockndes.harness.cli.HarnessErrors;
import dev.mockndes.harness.probe.ProbeCommand;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scep-harness record URL --out FILE}: an NDES's look, as a profile file for {@code mock-ndes serve --profile}. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records how an NDES (mock or real) looks to a client: GetCACaps with its exact bytes and headers, the shape of "
                + "the GetCACert chain (names, keys, signature algorithms, extensions, validity) and the answers to a few wrong requests. "
                + "'mock-ndes serve --profile FILE' replays it with its own keys.",
                "Read-only: nothing is enrolled. Exit code 0 when the profile was written."},
        footer = {"", "Examples:", "  scep-harness record https://ndes.contoso.com/certsrv/mscep/mscep.dll --out contoso.json",
                "  mock-ndes serve --profile contoso.json"})
public final class RecordCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The SCEP URL as the SCEP profile has it.")
    URI url;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the profile (JSON).")
    Path out;

    @Option(names = "--timeout", defaultValue = "10s", description = "Wait per answer, e.g. 10s or 500ms. Default: ${DEFAULT-VALUE}.",
            converter = ProbeCommand.DurationConverter.class)
    Duration timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        HarnessErrors.checkScepUrl(url);
        String version;
        try {
            version = spec.root().versionProvider() == null ? "scep-harness" : spec.root().versionProvider().getVersion()[0];
        } catch (Exception unknown) {
            version = "scep-harness";
        }
        NdesProfile profile = new Recorder(timeout, Clock.systemUTC(), version).record(url);
        Path target = out.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".record-", ".json");
            ProfileFiles.write(profile, temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new HarnessError("cannot write the profile to " + out, dev.mockndes.common.SystemWords.of(e),
                    "give --out a file in a folder that exists and that you may write to");
        }
        spec.commandLine().getOut().println("recorded " + url + " into " + out + ": " + profile.answers().size() + " answers, "
                + profile.caCert().certificates().size() + " certificates");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
