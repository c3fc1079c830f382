package dev.mockndes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.MockNdes;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The annotation form: the server comes in through the constructor or a method parameter. */
@MockNdesTest(scenario = "healthy", challenge = "s3cret")
class AnnotatedTest {
    private final MockNdesExtension ndes;

    AnnotatedTest(MockNdesExtension ndes) {
        this.ndes = ndes;
    }

    @Test
    void jscepEnrolsAgainstTheInjectedServer() throws Exception {
        X509Certificate issued = Devices.issued(Devices.enrol(ndes, "annotated", "s3cret"));

        assertThat(ndes.issuedCertificates()).containsExactly(issued);
        assertThat(ndes.iisLog()).anySatisfy(line -> assertThat(line).contains("operation=PKIOperation"));
    }

    @Test
    void theScenarioAndTheChallengeComeFromTheAnnotation() throws Exception {
        assertThat(ndes.scenario().name()).isEqualTo("healthy");
        assertThat(ndes.config().challenge().secret()).contains("s3cret");
        assertThat(Devices.enrol(ndes, "annotated-wrong", "nope").isFailure()).isTrue();
    }

    @Test
    void theServerItselfIsAvailableAsAParameter(MockNdes server) {
        assertThat(server).isSameAs(ndes.server());
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheOuterClassServer(MockNdesExtension inner) {
            assertThat(inner).isSameAs(ndes);
            assertThat(inner.server().port()).isEqualTo(ndes.server().port());
        }
    }
}
