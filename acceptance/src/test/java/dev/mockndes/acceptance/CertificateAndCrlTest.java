package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockndes.harness.device.DeviceIdentity;
import dev.mockndes.harness.device.JscepClients;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.store.Revocation;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.jscep.client.Client;
import org.jscep.client.EnrollmentResponse;
import org.jscep.transaction.FailInfo;
import org.jscep.transaction.OperationFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GetCert and GetCRL with jscep, and the CRL at the distribution point issued certificates name. */
class CertificateAndCrlTest {
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();
    private static Client client;
    private static DeviceIdentity device;
    private static X509Certificate issued;

    @BeforeAll
    static void enrol() throws Exception {
        client = JscepClients.forUrl(ndes.scepUrl(), ndes.server().caThumbprints().sha256());
        device = DeviceIdentity.create("lookup", Optional.empty());
        EnrollmentResponse response = client.enrol(device.identity(), device.keys().getPrivate(), device.csr());
        issued = JscepEnrolmentTest.issuedTo(response, device);
    }

    @Test
    void jscepGetsAnIssuedCertificateBackBySerial() throws Exception {
        DeviceIdentity asker = DeviceIdentity.create("asker", Optional.empty());
        var found = client.getCertificate(asker.identity(), asker.keys().getPrivate(), issued.getSerialNumber());

        assertThat(new java.util.ArrayList<java.security.cert.Certificate>(found.getCertificates(null))).containsExactly(issued);
    }

    @Test
    void anUnknownSerialIsBadCertId() throws Exception {
        DeviceIdentity asker = DeviceIdentity.create("asker-unknown", Optional.empty());

        assertThatThrownBy(() -> client.getCertificate(asker.identity(), asker.keys().getPrivate(), BigInteger.valueOf(42)))
                .isInstanceOfSatisfying(OperationFailureException.class,
                        e -> assertThat(e.getFailInfo()).isEqualTo(FailInfo.badCertId));
    }

    @Test
    void jscepGetsACaSignedCrlListingARevokedCertificateWithItsReason() throws Exception {
        DeviceIdentity victim = DeviceIdentity.create("revoked", Optional.empty());
        X509Certificate revoked = JscepEnrolmentTest.issuedTo(
                client.enrol(victim.identity(), victim.keys().getPrivate(), victim.csr()), victim);
        assertThat(ndes.server().certificates().revoke(new Revocation(revoked.getSerialNumber(), Instant.now(), 1))).isTrue();

        X509CRL crl = client.getRevocationList(device.identity(), device.keys().getPrivate(),
                issued.getIssuerX500Principal(), issued.getSerialNumber());

        crl.verify(ndes.server().pki().ca().credential().certificate().getPublicKey());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(issued.getIssuerX500Principal());
        assertThat(crl.getRevokedCertificate(revoked.getSerialNumber())).isNotNull()
                .satisfies(entry -> assertThat(entry.getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE));
        assertThat(crl.getRevokedCertificate(issued.getSerialNumber())).isNull();
        assertThat(crl.getExtensionValue(Extension.cRLNumber.getId())).isNotNull();
        assertThat(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId())).isNotNull();
        assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
    }

    @Test
    void issuedCertificatesNameACrlDistributionPointTheSiteServes() throws Exception {
        byte[] extension = issued.getExtensionValue(Extension.cRLDistributionPoints.getId());
        assertThat(extension).as("cRLDistributionPoints").isNotNull();
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName()).getNames()[0];
        String url = name.getName().toString();
        assertThat(url).isEqualTo(ndes.server().crlUrl())
                .isEqualTo("http://127.0.0.1:" + ndes.server().port() + "/CertEnroll/MOCK-NDES-CA.crl");

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pkix-crl");
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(response.body()));
        crl.verify(ndes.server().pki().ca().credential().certificate().getPublicKey());
    }
}
