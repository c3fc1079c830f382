package dev.mockndes.harness.load;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** GetCACaps as fast as the server answers, over {@code concurrency} keep-alive connections: one pre-encoded request. */
public final class CapsLoad {
    private final LoadPlan plan;

    public CapsLoad(LoadPlan plan) {
        this.plan = plan;
    }

    public LoadReport run() throws IOException {
        return run(new AtomicLong());
    }

    LoadReport run(AtomicLong progress) throws IOException {
        byte[] request = Requests.get(plan.url(), "operation=GetCACaps&message=ca");
        return new KeepAliveLoad(Requests.address(plan.url()), plan.concurrency(), plan.timeout())
                .run("GetCACaps", Budget.of(plan.count(), plan.duration()), n -> request,
                        (status, body) -> status == 200 ? null : "http-status " + status, progress);
    }
}
