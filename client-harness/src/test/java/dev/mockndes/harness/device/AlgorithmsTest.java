package dev.mockndes.harness.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bouncycastle.cms.CMSAlgorithm;
import org.junit.jupiter.api.Test;

class AlgorithmsTest {

    @Test
    void appleTakesAesWhenListedAndTheStrongestListedDigest() {
        Algorithms chosen = Algorithms.apple(Set.of("AES", "DES3", "SHA-1", "SHA-256", "SCEPStandard"));

        assertThat(chosen.cipher()).isEqualTo(CMSAlgorithm.AES128_CBC);
        assertThat(chosen.digest()).isEqualTo("SHA-256");
        assertThat(chosen.signatureAlgorithm()).isEqualTo("SHA256withRSA");
    }

    @Test
    void appleFallsBackTo3desAndGivesUpWithoutADigestEvenWithScepStandard() {
        assertThat(Algorithms.apple(Set.of("DES3", "SHA-512")).cipherName()).isEqualTo("3DES");
        assertThat(Algorithms.apple(Set.of("POSTPKIOperation", "DES3", "SCEPStandard"))).isNull();
    }

    @Test
    void theStrictClientAcceptsScepStandardAsAesAndSha256() {
        assertThat(Algorithms.rfc8894(Set.of("SCEPStandard"))).isEqualTo(Algorithms.AES128_SHA256);
        assertThat(Algorithms.rfc8894(Set.of("AES", "SHA-256"))).isEqualTo(Algorithms.AES128_SHA256);
        assertThat(Algorithms.rfc8894(Set.of("DES3", "SHA-256"))).isNull();
    }

    @Test
    void windowsUses3desAndSha256WhenListed() {
        assertThat(Algorithms.windows(Set.of("SHA-256")).digest()).isEqualTo("SHA-256");
        assertThat(Algorithms.windows(Set.of()).digest()).isEqualTo("SHA-1");
    }
}
