package dev.mockndes.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.harness.device.CaCertificates;
import dev.mockndes.harness.device.CaSetDefects;
import dev.mockndes.pki.CaCertVariant;
import dev.mockndes.pki.CaCertVariants;
import dev.mockndes.pki.Certificates;
import dev.mockndes.pki.Pki;
import dev.mockndes.pki.PkiSettings;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The certificate sets of {@link CaCertVariant} are really generated with their defect, keep the
 * server's keys where the variant says so, and {@link CaSetDefects} (what iOS, Windows and the
 * probe check) finds exactly the defect each one has.
 */
class CaCertificateVariantsTest {
    private static Pki pki;

    @BeforeAll
    static void pki() {
        pki = Pki.ephemeral(PkiSettings.defaults(), Clock.systemUTC());
    }

    private static CaCertificates set(CaCertVariant variant) {
        List<X509Certificate> certs = CaCertVariants.layout(variant, pki, PkiSettings.defaults(), Clock.systemUTC()).stream()
                .map(Certificates::toX509).toList();
        return CaCertificates.of(certs);
    }

    @Test
    void theHealthySetHasNoneOfTheDefects() {
        List<X509Certificate> healthy = new java.util.ArrayList<>(List.of(pki.ra().signing().certificate(), pki.ra().encryption().certificate()));
        pki.caCertificates().stream().map(Certificates::toX509).forEach(healthy::add);
        CaCertificates certs = CaCertificates.of(healthy);

        assertThat(CaSetDefects.appleRefusal(certs)).isEmpty();
        assertThat(CaSetDefects.raWithBrokenChain(certs)).isEmpty();
        assertThat(CaSetDefects.fallbackRecipient(certs)).isEmpty();
        assertThat(certs.hasBothRaCertificates()).isTrue();
    }

    @Test
    void aCaReSignedWithSha1OrPssKeepsItsKeySoTheRaCertificatesStillVerify() throws Exception {
        CaCertificates sha1 = set(CaCertVariant.CA_SIGNED_SHA1);
        CaCertificates pss = set(CaCertVariant.CA_SIGNED_PSS);

        assertThat(sha1.ca().getSigAlgName()).isEqualTo("SHA1withRSA");
        assertThat(pss.ca().getSigAlgOID()).isEqualTo("1.2.840.113549.1.1.10");
        pss.ca().verify(pss.ca().getPublicKey());
        assertThat(sha1.ca().getPublicKey()).isEqualTo(pki.ca().credential().certificate().getPublicKey());
        assertThat(sha1.hasBothRaCertificates()).isTrue();
        assertThat(pss.hasBothRaCertificates()).isTrue();
        assertThat(CaSetDefects.appleRefusal(sha1)).get().asString().contains("SHA-1");
        assertThat(CaSetDefects.appleRefusal(pss)).get().asString().contains("RSASSA-PSS");
    }

    @Test
    void anIntermediateServedAsTheRootIsTheTopOfTheChainButNotSelfSigned() {
        CaCertificates certs = set(CaCertVariant.INTERMEDIATE_AS_ROOT);

        assertThat(certs.trustAnchor().getIssuerX500Principal()).isNotEqualTo(certs.trustAnchor().getSubjectX500Principal());
        assertThat(certs.hasBothRaCertificates()).as("the RA certificates still verify under the CA's key").isTrue();
        assertThat(CaSetDefects.appleRefusal(certs)).get().asString().contains("an intermediate served as the root");
    }

    @Test
    void aRenewedCaWithRaCertificatesFromTheOldKeyBreaksTheirChainOnly() {
        CaCertificates certs = set(CaCertVariant.RA_CHAINED_TO_OLD_CA);

        assertThat(certs.all().get(2).getSubjectX500Principal()).isEqualTo(pki.ca().credential().certificate().getSubjectX500Principal());
        assertThat(certs.all().get(2).getPublicKey()).isNotEqualTo(pki.ca().credential().certificate().getPublicKey());
        assertThat(CaSetDefects.raWithBrokenChain(certs)).contains(certs.all().get(0));
        assertThat(CaSetDefects.appleRefusal(certs)).as("the renewed CA itself is a sound SHA-256 root").isEmpty();
    }

    @Test
    void anEncryptionRaWithoutKeyEnciphermentKeepsItsKeyAndSerialAndSendsClientsToTheCa() {
        CaCertificates certs = set(CaCertVariant.ENCRYPTION_RA_WITHOUT_KEY_ENCIPHERMENT);
        X509Certificate second = certs.all().get(1);

        assertThat(second.getSerialNumber()).isEqualTo(pki.ra().encryption().certificate().getSerialNumber());
        assertThat(second.getPublicKey()).isEqualTo(pki.ra().encryption().certificate().getPublicKey());
        assertThat(CaCertificates.usage(second, 2)).as("keyEncipherment").isFalse();
        assertThat(CaCertificates.usage(second, 0)).as("digitalSignature").isTrue();
        assertThat(certs.recipient()).as("a client choosing by key usage encrypts to the CA").isEqualTo(certs.ca());
        assertThat(CaSetDefects.fallbackRecipient(certs)).contains(certs.ca());
    }
}
