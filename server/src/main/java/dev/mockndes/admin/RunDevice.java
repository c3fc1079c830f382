package dev.mockndes.admin;

import dev.mockndes.scenario.Hop;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.TimeoutException;

/**
 * Runs one emulated device:
 * <pre>
 *   POST /devices/run   {"profile":"android","challenge":"…"} (challenge optional)
 *                       200 {"profile":…,"outcome":"success|http-status 503|scep-failure badRequest|…","log":[…],
 *                            "hop":"iis"} (hop: where it stopped, see {@link FailingHop}; absent for a success)
 *                       400 unknown profile, 503 when {@value #AT_ONCE} devices are already running
 * </pre>
 * A device enrols against this same server, so it runs on its own daemon thread, never on the event
 * loop that received the call (that loop may be the one serving the device). A device with no
 * answer after the deadline is reported as "timeout"; its thread is left to finish on its own
 * (it holds its slot until then).
 */
final class RunDevice implements Function<WebRequest, CompletionStage<WebResponse>> {
    static final int AT_ONCE = 2;

    record RunRequest(String profile, String challenge) {
    }

    private final DeviceRunner runner;
    private final Duration deadline;
    private final Semaphore slots = new Semaphore(AT_ONCE);
    private final Supplier<Optional<Hop>> scenarioHop;

    /** @param scenarioHop where the scenario in force breaks, read when a run starts */
    RunDevice(DeviceRunner runner, Duration deadline, Supplier<Optional<Hop>> scenarioHop) {
        this.runner = runner;
        this.deadline = deadline;
        this.scenarioHop = scenarioHop;
    }

    /** Runs whose hop is derived from the outcome alone. */
    RunDevice(DeviceRunner runner, Duration deadline) {
        this(runner, deadline, Optional::empty);
    }

    @Override
    public CompletionStage<WebResponse> apply(WebRequest request) {
        RunRequest run = Json.read(request, RunRequest.class);
        if (run.profile() == null || !runner.profiles().contains(run.profile())) {
            throw new IllegalArgumentException((run.profile() == null ? "'profile' is required" : "unknown device profile '" + run.profile() + "'")
                    + "; known: " + String.join(", ", runner.profiles()));
        }
        Optional<String> challenge = Optional.ofNullable(run.challenge()).filter(c -> !c.isEmpty());
        if (!slots.tryAcquire()) {
            return CompletableFuture.completedFuture(Json.error(503, AT_ONCE + " devices are already running; try again when one has finished"));
        }
        Optional<Hop> breaksAt = scenarioHop.get();
        CompletableFuture<DeviceRunResult> result = new CompletableFuture<>();
        Thread device = new Thread(() -> {
            // The slot is free before anyone learns the run ended, so a caller told "done" can start the next one.
            DeviceRunResult outcome;
            try {
                outcome = runner.run(run.profile(), challenge);
            } catch (RuntimeException e) {
                slots.release();
                result.completeExceptionally(e);
                return;
            }
            slots.release();
            result.complete(outcome);
        }, "device-" + run.profile());
        device.setDaemon(true);
        device.start();
        return result.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> timedOut(failure, run.profile()))
                .thenApply(done -> done.withHop(FailingHop.of(done.outcome(), done.log(), breaksAt).map(Hop::word).orElse(null)))
                .thenApply(Json::ok);
    }

    private DeviceRunResult timedOut(Throwable failure, String profile) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        if (cause instanceof TimeoutException) {
            return new DeviceRunResult(profile, "timeout", List.of("no answer within " + deadline.toSeconds() + " s", "outcome: timeout"));
        }
        throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
