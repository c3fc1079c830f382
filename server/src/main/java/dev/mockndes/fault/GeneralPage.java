package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.ndes.NdesPages;

/**
 * The general NDES page with 200 instead of IIS's 403.0: what browsing mscep.dll shows when the
 * Intune connector's policy module is not installed. Match it to requests without an operation.
 */
@JsonClassDescription("The general NDES page with 200 instead of the 403.0: the Intune connector's policy module is missing.")
@JsonTypeName("general-page")
public record GeneralPage() implements Fault {
    @Override
    public void apply(FaultInjector injector) {
        injector.respond(NdesPages.generalPage());
    }
}
