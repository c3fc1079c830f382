package dev.mockndes.ndes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.protocol.CapsProfile;
import dev.mockndes.scep.NdesScepService;
import dev.mockndes.scep.ScepResponse;
import dev.mockndes.scep.ScepService;
import dev.mockndes.enroll.Enroller;
import dev.mockndes.enroll.EnrolmentResult;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import dev.mockndes.web.ConnectionState;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * mscep.dll while its service is still in the making (a start is ready before its RA pair exists):
 * GetCACaps is answered at once with the service's own bytes, the other operations wait on a worker.
 */
class MscepWhileStartingTest {
    private static Pki pki;

    @BeforeAll
    static void generate() {
        pki = Pki.ephemeral(PkiSettings.defaults(), Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(CapsProfile.class)
    void theCapsGivenWhileStartingAreTheBytesTheServiceWillGive(CapsProfile profile) {
        ScepService service = new NdesScepService(pki, profile.capabilities(), refusingEnroller());
        ScepResponse meanwhile = CapsWhileStarting.of(profile.capabilities());

        assertThat(meanwhile.contentType()).isEqualTo(service.caCaps("").contentType());
        assertThat(meanwhile.body()).isEqualTo(service.caCaps("").body());
    }

    @Test
    void getCaCapsIsAnsweredAtOnceWhileTheServiceIsInTheMaking() {
        CompletableFuture<ScepService> service = new CompletableFuture<>();
        List<Runnable> handedToWorkers = new ArrayList<>();
        MscepApplication mscep = application(service, handedToWorkers::add);

        CompletionStage<WebResponse> answer = mscep.handle(get("operation=GetCACaps"));

        assertThat(answer.toCompletableFuture()).isCompleted();
        assertThat(new String(answer.toCompletableFuture().join().body(), StandardCharsets.US_ASCII)).contains("POSTPKIOperation");
        assertThat(handedToWorkers).isEmpty();
    }

    @Test
    void getCaCertWaitsOnAWorkerForTheServiceAndIsThenAnsweredByIt() {
        CompletableFuture<ScepService> service = new CompletableFuture<>();
        List<Runnable> handedToWorkers = new ArrayList<>();
        MscepApplication mscep = application(service, handedToWorkers::add);

        CompletionStage<WebResponse> answer = mscep.handle(get("operation=GetCACert&message=ca"));

        assertThat(answer.toCompletableFuture()).as("not answered on the calling thread").isNotDone();
        assertThat(handedToWorkers).hasSize(1);
        ScepService made = new NdesScepService(pki, CapsProfile.NDES.capabilities(), refusingEnroller());
        service.complete(made);
        handedToWorkers.get(0).run();
        assertThat(answer.toCompletableFuture().join().body()).isEqualTo(made.caCert("ca").body());
    }

    @Test
    void onceTheServiceExistsTheCaOperationsAreAnsweredOnTheCallingThread() {
        ScepService made = new NdesScepService(pki, CapsProfile.NDES.capabilities(), refusingEnroller());
        List<Runnable> handedToWorkers = new ArrayList<>();
        MscepApplication mscep = application(CompletableFuture.completedFuture(made), handedToWorkers::add);

        CompletionStage<WebResponse> answer = mscep.handle(get("operation=GetCACert&message=ca"));

        assertThat(answer.toCompletableFuture()).isCompleted();
        assertThat(handedToWorkers).isEmpty();
        assertThat(answer.toCompletableFuture().join().body()).isEqualTo(made.caCert("ca").body());
    }

    private static MscepApplication application(CompletableFuture<ScepService> service, Executor workers) {
        return new MscepApplication(service, Optional.of(CapsWhileStarting.of(CapsProfile.NDES.capabilities())), workers,
                new NdesPages(true, StandardCharsets.UTF_16LE), NdesEvents.NONE, true);
    }

    private static Enroller refusingEnroller() {
        return request -> new EnrolmentResult.Rejected(dev.mockndes.protocol.FailInfo.BAD_REQUEST, "not in this test");
    }

    private static WebRequest get(String query) {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 80);
        return new WebRequest("GET", "/certsrv/mscep/mscep.dll", query, Map.of("host", "127.0.0.1"), new byte[0], local, local,
                "HTTP/1.1", new ConnectionState());
    }
}
