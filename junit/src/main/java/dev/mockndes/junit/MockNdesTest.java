package dev.mockndes.junit;

import dev.mockndes.protocol.CapsProfile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against one in-process mock NDES, started before the class and
 * stopped after it, reset before every test as {@link MockNdesExtension} describes. Test methods
 * and constructors get it by declaring a {@link MockNdesExtension} (or {@link dev.mockndes.MockNdes})
 * parameter. {@code @Nested} classes share the outer class's server.
 *
 * <pre>{@code
 * @MockNdesTest(scenario = "healthy", challenge = "s3cret")
 * class EnrolmentTest {
 *     @Test
 *     void enrols(MockNdesExtension ndes) { ... ndes.scepUrl() ... }
 * }
 * }</pre>
 *
 * For options the annotation lacks, use {@link MockNdesExtension#builder()} with {@code @RegisterExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockNdesTestExtension.class)
public @interface MockNdesTest {
    /** A built-in scenario name or a YAML file path; empty: the embedded healthy NDES. */
    String scenario() default "";

    /** The static challenge password; empty: any challenge is accepted. */
    String challenge() default "";

    CapsProfile capsProfile() default CapsProfile.INTEROP;

    /** A root CA above the issuing CA. */
    boolean twoTier() default false;

    /** Serve SCEP over HTTPS with a certificate from the mock CA for localhost and 127.0.0.1. */
    boolean tls() default false;
}
