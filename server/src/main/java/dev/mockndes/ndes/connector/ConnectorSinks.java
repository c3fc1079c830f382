package dev.mockndes.ndes.connector;

import dev.mockndes.ndes.log.IisRequest;
import dev.mockndes.ndes.log.NdesLogs;
import dev.mockndes.ndes.log.TraceEntry;
import dev.mockndes.ndes.log.WindowsEvent;
import java.util.function.Consumer;

/** Where the connector's traces go; none may block. */
public record ConnectorSinks(Consumer<IisRequest> iis, Consumer<TraceEntry> ndesPlugin,
                             Consumer<TraceEntry> registrationPoint, Consumer<WindowsEvent> events) {

    public static ConnectorSinks of(NdesLogs logs) {
        return new ConnectorSinks(logs.iis()::write, logs.ndesPlugin()::write, logs.certificateRegistrationPoint()::write,
                logs.events()::write);
    }
}
