package dev.mockndes.fault;

import dev.mockndes.ndes.connector.ConnectorOutcome;
import dev.mockndes.pki.RaVariant;
import dev.mockndes.protocol.FailInfo;
import dev.mockndes.web.WebResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A {@link FaultInjector} that only records: which verb a fault called, with which arguments. Its
 * random source draws {@code draw} (capped by the bound) every time, so jitter is predictable.
 */
final class RecordingInjector implements FaultInjector {
    /** One verb call. */
    record Call(String verb, List<Object> args) {
        Call(String verb, Object... args) {
            this(verb, Arrays.asList(args));
        }

        Object arg(int index) {
            return args.get(index);
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final long draw;
    private int draws;

    RecordingInjector() {
        this(0);
    }

    RecordingInjector(long draw) {
        this.draw = draw;
    }

    /** Applies {@code fault} to a fresh injector drawing {@code draw} and returns it. */
    static RecordingInjector applying(Fault fault, long draw) {
        RecordingInjector injector = new RecordingInjector(draw);
        fault.apply(injector);
        return injector;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** How often the fault drew from the random source. */
    int draws() {
        return draws;
    }

    @Override
    public void connectorRefusal(ConnectorOutcome outcome) {
        calls.add(new Call("connectorRefusal", outcome));
    }

    @Override
    public void respond(WebResponse response) {
        calls.add(new Call("respond", response));
    }

    @Override
    public void respondAsProxy(Duration delay, WebResponse response) {
        calls.add(new Call("respondAsProxy", delay, response));
    }

    @Override
    public RandomGenerator random() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                draws++;
                return draw;
            }

            @Override
            public long nextLong(long bound) {
                draws++;
                return Math.min(draw, bound - 1);
            }
        };
    }

    @Override
    public void refuseInHttpSys(WebResponse response, String reason) {
        calls.add(new Call("refuseInHttpSys", response, reason));
    }

    @Override
    public void proceedAfter(Duration delay) {
        calls.add(new Call("proceedAfter", delay));
    }

    @Override
    public void reset() {
        calls.add(new Call("reset"));
    }

    @Override
    public void closeWithoutResponse() {
        calls.add(new Call("closeWithoutResponse"));
    }

    @Override
    public void hang(Duration atMost) {
        calls.add(new Call("hang", atMost));
    }

    @Override
    public void overrideContentType(String contentType) {
        calls.add(new Call("overrideContentType", contentType));
    }

    @Override
    public void truncateBody(double fraction) {
        calls.add(new Call("truncateBody", fraction));
    }

    @Override
    public void scepFailure(FailInfo failInfo) {
        calls.add(new Call("scepFailure", failInfo));
    }

    @Override
    public void refuseAtCa(dev.mockndes.ndes.CaRefusal refusal) {
        calls.add(new Call("refuseAtCa", refusal));
    }

    @Override
    public void adminPasswordUndecryptable() {
        calls.add(new Call("adminPasswordUndecryptable"));
    }

    @Override
    public void inFrontOfAdmin(AdminGateway gateway) {
        calls.add(new Call("inFrontOfAdmin", gateway));
    }

    @Override
    public void scepPending() {
        calls.add(new Call("scepPending"));
    }

    @Override
    public void caCertificates(RaVariant variant) {
        calls.add(new Call("caCertificates", variant));
    }

    @Override
    public void caCertificateSet(dev.mockndes.pki.CaCertVariant variant) {
        calls.add(new Call("caCertificateSet", variant));
    }

    @Override
    public void slowBody(int bytesPerSecond) {
        calls.add(new Call("slowBody", bytesPerSecond));
    }

    @Override
    public void garbageThenClose(int bytes) {
        calls.add(new Call("garbageThenClose", bytes));
    }
}
