package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.config.NdesSettings;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without the Intune connector's policy module, browsing mscep.dll shows the general NDES page with
 * 200 instead of the 403.0 a healthy Intune NDES gives: the symptom Validate-NDESConfiguration flags.
 */
class ConnectorMissingTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder()
            .configure(config -> config.withNdes(NdesSettings.defaults().withConnectorInstalled(false))).build();

    @Test
    void browsingMscepShowsTheGeneralNdesPageWith200() throws Exception {
        try (RawHttp raw = new RawHttp(ndes.server().port())) {
            RawHttp.Response response = raw.send("GET /certsrv/mscep/mscep.dll HTTP/1.1\r\nHost: ndes\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).isEqualTo("text/html");
            assertThat(response.text()).contains("<Title>Network Device Enrollment Service</Title>", "mscep_admin")
                    .doesNotContain("403");
        }
    }
}
