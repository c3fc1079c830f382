package dev.mockndes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

/**
 * The server's layers, as ARCHITECTURE.md draws them. A request travels down this list and no
 * package imports one above it:
 * <pre>
 *   application  dev.mockndes (MockNdes), cli, config, admin
 *   transport    Netty: listeners, the one place faults are applied
 *   scenario     scenario files, the library, the scenario in force
 *   fault        fault values, rules, the per-request decision
 *   site         ndes: the IIS site, mscep.dll, mscep_admin, pages, logs
 *   scep         the SCEP service and its CMS codec
 *   enroll       the enrolment chain: challenge, pending queue, CA issuer, CRL
 *   store        certificates, pending requests, the data folder
 *   pki          keys, the CA, the RA certificates
 *   vocabulary   protocol (SCEP wire enums), web (HTTP request/response), common (the module shared with the harness)
 * </pre>
 */
@AnalyzeClasses(packages = "dev.mockndes", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ServerOnly.class})
class ArchitectureTest {
    private static final String ROOT = "dev.mockndes";

    /** The server's own classes: not the client harness, which shares the dev.mockndes prefix. */
    static final class ServerOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/dev/mockndes/harness/");
        }
    }

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.mockndes.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersOnlyPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("application").definedBy(ROOT, ROOT + ".cli..", ROOT + ".config..", ROOT + ".admin..")
            .layer("transport").definedBy(ROOT + ".transport..")
            .layer("scenario").definedBy(ROOT + ".scenario..")
            .layer("fault").definedBy(ROOT + ".fault..")
            .layer("site").definedBy(ROOT + ".ndes..")
            .layer("scep").definedBy(ROOT + ".scep..")
            .layer("enroll").definedBy(ROOT + ".enroll..")
            .layer("store").definedBy(ROOT + ".store..")
            .layer("pki").definedBy(ROOT + ".pki..")
            .layer("vocabulary").definedBy(ROOT + ".protocol..", ROOT + ".web..", ROOT + ".common..")
            .whereLayer("application").mayNotBeAccessedByAnyLayer()
            .whereLayer("transport").mayOnlyBeAccessedByLayers("application")
            .whereLayer("scenario").mayOnlyBeAccessedByLayers("application", "transport")
            .whereLayer("fault").mayOnlyBeAccessedByLayers("application", "transport", "scenario")
            .whereLayer("site").mayOnlyBeAccessedByLayers("application", "transport", "scenario", "fault")
            .whereLayer("scep").mayOnlyBeAccessedByLayers("application", "transport", "scenario", "fault", "site")
            .whereLayer("enroll").mayOnlyBeAccessedByLayers("application", "transport", "scenario", "fault", "site", "scep")
            .whereLayer("store").mayOnlyBeAccessedByLayers("application", "transport", "scenario", "fault", "site", "scep",
                    "enroll")
            .whereLayer("pki").mayOnlyBeAccessedByLayers("application", "transport", "scenario", "fault", "site", "scep",
                    "enroll", "store");

    @ArchTest
    static final ArchRule nettyOnlyInTransport = noClasses().that().resideOutsideOfPackage(ROOT + ".transport..")
            .should().dependOnClassesThat().resideInAPackage("io.netty..")
            .because("only the transport touches sockets; the rest speaks WebRequest and WebResponse");

    /**
     * Certificates, CRLs, CSRs and names travel between layers as Bouncy Castle's value types;
     * everything that parses bytes, signs or encrypts stays in the crypto packages.
     */
    @ArchTest
    static final ArchRule bouncyCastleOnlyWhereCryptoLives = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".pki..", ROOT + ".scep..", ROOT + ".enroll..", ROOT + ".store..",
                    ROOT + ".protocol..", ROOT + ".ndes.auth..")
            .should().dependOnClassesThat(resideInAPackage("org.bouncycastle..")
                    .and(not(type(X509CertificateHolder.class))).and(not(type(X509CRLHolder.class)))
                    .and(not(type(PKCS10CertificationRequest.class))).and(not(resideInAPackage("org.bouncycastle.asn1.x500.."))))
            .because("CMS, signing, CSR parsing and NTLM crypto stay in the packages that own them");

    @ArchTest
    static final ArchRule picocliOnlyInTheCli = noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule theHarnessOnlyBehindTheDeviceRunner = noClasses()
            .that().doNotHaveSimpleName("ProfileDeviceRunner")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".harness..")
            .because("the client harness is optional on a consumer's classpath: one class may load it");

    @Test
    void everyPackageSaysWhatItOwnsInAPackageInfo() throws IOException {
        Path sources = Path.of("src/main/java/dev/mockndes");
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(sources)) {
            packages = walk.filter(Files::isDirectory).filter(ArchitectureTest::holdsClasses).toList();
        }
        assertThat(packages).isNotEmpty();
        assertThat(packages).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                .as("%s needs a package-info.java that says what it owns", dir).exists());
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
