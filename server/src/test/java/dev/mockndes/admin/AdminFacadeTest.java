package dev.mockndes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.MockNdes;
import dev.mockndes.support.ServerSetup;
import dev.mockndes.support.SharedServer;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin facade answers alike in process ({@link LocalAdmin}) and over the admin API ({@link HttpAdmin}). */
class AdminFacadeTest {
    @RegisterExtension
    static final SharedServer shared = SharedServer.of(ServerSetup.defaults());

    private static MockNdes ndes;
    private static Admin local;
    private static Admin http;

    @BeforeAll
    static void sides() {
        ndes = shared.server();
        local = ndes.admin();
        http = new HttpAdmin(ndes.adminUrl(), Optional.empty());
    }

    static Stream<String> sideNames() {
        return Stream.of("local", "http");
    }

    private static Admin side(String name) {
        return name.equals("local") ? local : http;
    }

    @Test
    void bothSidesListTheSameLibraryAndScenario() {
        assertThat(http.scenarios()).isEqualTo(local.scenarios()).extracting(ScenarioSummary::name).contains("healthy",
                "app-pool-stopped");
        assertThat(http.health()).isEqualTo(local.health()).containsEntry("status", "ok");
        local.useScenario("app-pool-stopped");
        assertThat(http.scenario()).isEqualTo(local.scenario());
        assertThat(http.scenario().name()).isEqualTo("app-pool-stopped");
        assertThat(http.scenario().documentation()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("sideNames")
    void switchingThroughEitherSideChangesTheScenarioInForce(String name) {
        ScenarioView answered = side(name).useScenario("gateway-timeout");
        assertThat(answered.name()).isEqualTo("gateway-timeout");
        assertThat(ndes.scenario().current().name()).isEqualTo("gateway-timeout");
        assertThat(side(name).resetScenario()).isEqualTo(answered);
    }

    @ParameterizedTest
    @MethodSource("sideNames")
    void aScenarioGivenAsYamlExtendsTheLibrary(String name) {
        ScenarioView answered = side(name).useScenarioYaml("name: mine\ntitle: Mine\nextends: app-pool-stopped\n");
        assertThat(answered.name()).isEqualTo("mine");
        assertThat(answered.rules()).isEqualTo(local.scenario().rules()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("sideNames")
    void refusalsCarryTheStatusTheApiAnswersWith(String name) {
        Admin admin = side(name);
        assertRefused(a -> a.useScenario("no-such-scenario"), admin, 404, "no-such-scenario");
        assertRefused(a -> a.useScenarioYaml("name: [unclosed"), admin, 400, "");
        assertRefused(a -> a.approve("unknown-transaction"), admin, 404, "unknown-transaction");
        assertRefused(a -> a.revoke(BigInteger.valueOf(0xABCDEF), Optional.empty()), admin, 404, "abcdef");
        assertRefused(a -> a.revoke(BigInteger.valueOf(0xABCDEF), Optional.of(7)), admin, 400, "CRLReason");
        assertThat(admin.scenario().name()).as("a refused switch changes nothing").isEqualTo("healthy");
    }

    @Test
    void pendingAndCertificatesAnswerAlike() {
        assertThat(http.pending()).isEqualTo(local.pending());
        assertThat(http.certificates(5)).isEqualTo(local.certificates(5));
        assertThat(http.failedRequests()).isEqualTo(local.failedRequests());
    }

    @Test
    void anUnreachableServerIsNamedWithItsUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Admin nobody = new HttpAdmin("http://127.0.0.1:" + closedPort, Optional.empty());
        assertThatThrownBy(nobody::scenario).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot reach the admin API at http://127.0.0.1:" + closedPort);
    }

    private static void assertRefused(Consumer<Admin> call, Admin admin, int status, String mentioned) {
        assertThatThrownBy(() -> call.accept(admin)).isInstanceOfSatisfying(AdminException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(mentioned);
        });
    }
}
