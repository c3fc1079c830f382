package dev.mockndes.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

/** An ephemeral PKI in two steps: the CA first, the RA pair after. */
class EphemeralCaTest {
    private final PkiSettings settings = PkiSettings.defaults();
    private final Clock clock = Clock.systemUTC();

    @Test
    void theRaPairIsIssuedByTheCaAndHasKeysOfItsOwn() throws Exception {
        EphemeralCa ca = EphemeralCa.generate(settings, clock);

        RaCredentials ra = ca.newRaPair(settings, clock);

        for (Credential credential : java.util.List.of(ra.signing(), ra.encryption())) {
            assertThat(credential.holder().getIssuer()).isEqualTo(ca.ca().certificate().getSubject());
            assertThat(credential.holder().isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .build(ca.ca().certificate()))).isTrue();
            assertThat(credential.holder().getSubjectPublicKeyInfo()).isNotEqualTo(ca.ca().certificate().getSubjectPublicKeyInfo());
        }
        assertThat(ra.signing().holder().getSubjectPublicKeyInfo()).isNotEqualTo(ra.encryption().holder().getSubjectPublicKeyInfo());
    }

    @Test
    void everyCaHasAFreshKey() {
        X509CertificateHolder first = EphemeralCa.generate(settings, clock).ca().certificate();
        X509CertificateHolder second = EphemeralCa.generate(settings, clock).ca().certificate();

        assertThat(first.getSubjectPublicKeyInfo()).isNotEqualTo(second.getSubjectPublicKeyInfo());
    }

    @Test
    void aTwoTierCaIsIssuedByItsRootBeforeTheRaPairExists() {
        EphemeralCa ca = EphemeralCa.generate(settings.withRoot("CN=Test Root"), clock);

        assertThat(ca.root()).isPresent();
        assertThat(ca.ca().certificate().getIssuer()).isEqualTo(ca.root().orElseThrow().getSubject());
    }

    @Test
    void thePkiOfACaWhoseRaPairIsPendingCompletesWhenTheRaPairIsGiven() {
        EphemeralCa ca = EphemeralCa.generate(settings, clock);
        CompletableFuture<RaCredentials> raPair = new CompletableFuture<>();
        Pki pki = ca.withRaPair(raPair);
        CompletableFuture<Pki> complete = pki.raPair();

        assertThat(pki.trustAnchor()).isEqualTo(ca.ca().certificate());
        assertThat(complete).isNotDone();
        RaCredentials made = ca.newRaPair(settings, clock);
        raPair.complete(made);
        assertThat(complete).isCompletedWithValue(pki);
        assertThat(pki.ra()).isSameAs(made);
    }
}
