package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import dev.mockndes.support.Immutable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose data folder stops taking writes while it runs: the enrolment it cannot record is
 * answered as NDES answers when it cannot submit to its CA (Event 31, IIS's 500 page), never with a
 * certificate; GetCACaps and GetCACert go on; once the disk takes writes again enrolments succeed,
 * and a restart finds exactly the certificates that were handed out.
 */
class FullDiskEnrolmentTest {
    @TempDir
    Path data;

    @Test
    void anEnrolmentTheDataFolderCannotRecordGetsEvent31AndA500AndNothingAcknowledgedIsLost() throws Exception {
        ServerConfig config = ServerConfig.defaults().withStorage(StorageSettings.in(data));
        long before;
        try (MockNdes ndes = MockNdes.start(config)) {
            assertThat(enrol(ndes).outcome().wire()).isEqualTo("success");
            before = ndes.certificates().count();

            DeviceRun refused;
            try (Immutable disk = Immutable.make(data.resolve(JournalCertificateStore.JOURNAL))) {
                refused = enrol(ndes);
                assertThat(get(ndes.scepUrl() + "?operation=GetCACaps").statusCode()).as("the server serves the rest").isEqualTo(200);
                assertThat(get(ndes.scepUrl() + "?operation=GetCACert").statusCode()).isEqualTo(200);
            }
            assertThat(refused.outcome().wire()).as(String.join("\n", refused.log())).isEqualTo("http-status 500");
            assertThat(ndes.certificates().count()).as("nothing issued for the refused request").isEqualTo(before);
            ndes.logs().awaitWritten();
            assertThat(ndes.logs().events().recentLines()).anySatisfy(line -> assertThat(line)
                    .contains("\"eventId\":31", "cannot submit the certificate request (Access is denied.). 0x80070005"));

            assertThat(enrol(ndes).outcome().wire()).as("writes work again once the disk does").isEqualTo("success");
            before = ndes.certificates().count();
        }
        try (MockNdes restarted = MockNdes.start(config)) {
            assertThat(restarted.certificates().count()).isEqualTo(before).isEqualTo(2);
        }
    }

    private static DeviceRun enrol(MockNdes ndes) {
        return Devices.run("rfc8894", DeviceTarget.of(ndes.scepUrl()));
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
