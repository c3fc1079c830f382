package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DeviceTargetTest {

    @Test
    void thumbprintsAreComparedWithoutCaseColonsOrSpaces() {
        assertThat(DeviceTarget.of("http://x/").withCaSha256("ab:cd ef").caSha256()).contains("ABCDEF");
    }

    @Test
    void windowsAppendsPkiclientExeOnce() {
        WindowsDevice windows = new WindowsDevice();
        assertThat(windows.endpoint(URI.create("http://h/certsrv/mscep/mscep.dll"))).hasToString("http://h/certsrv/mscep/mscep.dll/pkiclient.exe");
        assertThat(windows.endpoint(URI.create("http://h/certsrv/mscep/mscep.dll/pkiclient.exe")))
                .hasToString("http://h/certsrv/mscep/mscep.dll/pkiclient.exe");
    }

    @Test
    void appleSendsTheProfileNameWithAnEncodedSpace() {
        assertThat(ScepDevice.query(URI.create("http://h/m"), "GetCACert", "SCEP Authority"))
                .hasToString("http://h/m?operation=GetCACert&message=SCEP%20Authority");
        assertThat(ScepDevice.query(URI.create("http://h/m"), "GetCACaps", null)).hasToString("http://h/m?operation=GetCACaps");
    }

    @Test
    void windowsReportsHttpStatusesAsHttpEStatusHresults() {
        assertThat(WindowsDevice.hresult(new Outcome.HttpStatus(500, ""))).isEqualTo("801901f4");
        assertThat(WindowsDevice.hresult(new Outcome.DeviceRefused("the CA thumbprint …"))).isEqualTo("800b0109");
    }
}
