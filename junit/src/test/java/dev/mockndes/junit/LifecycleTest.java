package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mockndes.MockNdes;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * When servers start and stop, watched from outside: sample classes (inner classes, which Surefire
 * does not pick up by itself) run in a JUnit launcher and record the servers they were given.
 */
class LifecycleTest {
    static final List<MockNdes> seen = new CopyOnWriteArrayList<>();

    @Test
    void aStaticFieldGivesEveryTestOfTheClassOneServerThatStopsAfterTheClass() {
        run(StaticFieldSample.class);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertStopped(seen.get(0));
    }

    @Test
    void anInstanceFieldGivesEveryTestItsOwnServerStoppedAfterTheTest() {
        run(InstanceFieldSample.class);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isNotSameAs(seen.get(1));
        seen.forEach(LifecycleTest::assertStopped);
    }

    @Test
    void theAnnotationFormStopsItsServerAfterTheClassAndInjectsPerClassConstructors() {
        run(AnnotatedPerClassSample.class);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertStopped(seen.get(0));
    }

    private static void run(Class<?> sample) {
        seen.clear();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample)).build(), summary);
        assertThat(summary.getSummary().getFailures()).as("failures of %s", sample.getSimpleName()).isEmpty();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(2);
    }

    private static void assertStopped(MockNdes server) {
        int port = server.port();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    static class StaticFieldSample {
        @RegisterExtension
        static MockNdesExtension ndes = MockNdesExtension.builder().build();

        @Test
        void first() {
            seen.add(ndes.server());
        }

        @Test
        void second() {
            seen.add(ndes.server());
        }
    }

    static class InstanceFieldSample {
        @RegisterExtension
        MockNdesExtension ndes = MockNdesExtension.builder().build();

        @Test
        void first() {
            seen.add(ndes.server());
        }

        @Test
        void second() {
            seen.add(ndes.server());
        }
    }

    @MockNdesTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class AnnotatedPerClassSample {
        private final MockNdes server;

        AnnotatedPerClassSample(MockNdes server) {
            this.server = server;
        }

        @Test
        void first() {
            seen.add(server);
        }

        @Test
        void second(MockNdesExtension ndes) {
            assertThat(ndes.server()).isSameAs(server);
            seen.add(server);
        }
    }
}
