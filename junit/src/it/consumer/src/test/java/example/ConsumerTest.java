package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockndes.junit.MockNdesExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on a consumer's class path: mock-ndes-junit and what it brings, nothing more. */
class ConsumerTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().scenario("healthy").build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void getCaCapsAnswersWithTheCapabilities() throws Exception {
        HttpResponse<String> caps = get(ndes.scepUrl() + "?operation=GetCACaps");

        assertEquals(200, caps.statusCode());
        assertTrue(caps.body().contains("POSTPKIOperation"), caps.body());
    }

    @Test
    void theDashboardOffersNoDevicesWithoutTheHarness() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jscep.client.Client"));

        HttpResponse<String> devices = get(ndes.adminUrl() + "/devices");

        assertEquals(200, devices.statusCode());
        assertEquals("{\"profiles\":[]}", devices.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
