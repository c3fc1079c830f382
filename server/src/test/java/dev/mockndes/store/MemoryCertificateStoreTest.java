package dev.mockndes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

/** The in-memory store keeps encodings, and gives back certificates equal to those it was given. */
class MemoryCertificateStoreTest {

    @Test
    void givesBackWhatItWasGivenNewestFirstAndRefusesASerialTwice() throws Exception {
        MemoryCertificateStore store = new MemoryCertificateStore();
        X509CertificateHolder first = TestCertificates.random();
        X509CertificateHolder second = TestCertificates.random();
        store.add(first);
        store.add(second);

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.find(first.getSerialNumber())).hasValueSatisfying(found -> assertThat(found).isEqualTo(first));
        assertThat(store.find(second.getSerialNumber()).orElseThrow().getEncoded()).isEqualTo(second.getEncoded());
        assertThat(store.find(BigInteger.valueOf(7))).isEmpty();
        assertThat(store.recent(5)).containsExactly(second, first);
        assertThat(store.recent(1)).containsExactly(second);
        assertThatThrownBy(() -> store.add(TestCertificates.withSerial(first.getSerialNumber())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issued twice");
    }
}
