package dev.mockndes.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan without rules answers "no fault" at once; plans with rules, in phases or not, still decide as before. */
class FaultPlanShortcutTest {
    private static final Match GET_CA_CAPS = new Match(List.of("GetCACaps"), null, null, null, null, null, null, null, null, null);

    private static WebRequest caps() {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 8080);
        return new WebRequest("GET", "/certsrv/mscep/mscep.dll", "operation=GetCACaps", Map.of("host", "127.0.0.1"), new byte[0],
                new InetSocketAddress("127.0.0.1", 50000), local, "HTTP/1.1", new ConnectionState());
    }

    @Test
    void aPlanWithoutRulesNeverFaults() {
        FaultPlan healthy = new FaultPlan(List.of(), List.of(new Phase(3, List.of())), 1L);

        for (int i = 0; i < 5; i++) {
            assertThat(healthy.faultFor(caps())).isEmpty();
        }
    }

    @Test
    void aPlanWithRulesStillFaultsAndItsPhasesStillCountRequests() {
        Rule close = new Rule(GET_CA_CAPS, new CloseWithoutResponse(), null, null, null);
        FaultPlan always = new FaultPlan(List.of(close), List.of(), 1L);
        FaultPlan secondPhaseOnly = new FaultPlan(List.of(), List.of(new Phase(2, List.of()), new Phase(null, List.of(close))), 1L);

        assertThat(always.faultFor(caps())).contains(new CloseWithoutResponse());
        assertThat(secondPhaseOnly.faultFor(caps())).isEmpty();
        assertThat(secondPhaseOnly.faultFor(caps())).isEmpty();
        assertThat(secondPhaseOnly.faultFor(caps())).contains(new CloseWithoutResponse());
    }
}
