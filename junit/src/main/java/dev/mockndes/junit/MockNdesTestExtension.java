package dev.mockndes.junit;

import dev.mockndes.MockNdes;
import dev.mockndes.config.TlsSettings;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link MockNdesTest} registers: one {@link MockNdesExtension} per annotated class, kept in
 * that class's extension store, which closes it when the class is done.
 */
public final class MockNdesTestExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockNdesTestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        extension(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        extension(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockNdesExtension.class || type == MockNdes.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockNdesExtension extension = extension(context);
        return parameter.getParameter().getType() == MockNdes.class ? extension.server() : extension;
    }

    /** The running extension of the nearest enclosing class that carries the annotation, started on first use. */
    private static MockNdesExtension extension(ExtensionContext context) {
        ExtensionContext owner = context;
        Optional<MockNdesTest> annotation = annotationOn(owner);
        while (annotation.isEmpty() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
            annotation = annotationOn(owner);
        }
        MockNdesTest settings = annotation.orElseThrow(() -> new IllegalStateException("no @MockNdesTest class found around this test: "
                + "annotate the test class (or an enclosing one) with @MockNdesTest, or register MockNdesExtension with @RegisterExtension"));
        String ownerId = owner.getUniqueId();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(MockNdesExtension.class, type -> {
            MockNdesExtension extension = from(settings);
            try {
                extension.start(ownerId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting mock-ndes", e);
            }
            return extension;
        }, MockNdesExtension.class);
    }

    /** Only a class context whose class is annotated itself owns a server; method contexts never do. */
    private static Optional<MockNdesTest> annotationOn(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return Optional.empty();
        }
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, MockNdesTest.class));
    }

    static MockNdesExtension from(MockNdesTest settings) {
        MockNdesBuilder builder = MockNdesExtension.builder().capsProfile(settings.capsProfile());
        if (!settings.scenario().isEmpty()) {
            builder.scenario(settings.scenario());
        }
        if (!settings.challenge().isEmpty()) {
            builder.challenge(settings.challenge());
        }
        if (settings.twoTier()) {
            builder.twoTier();
        }
        if (settings.tls()) {
            builder.tls(TlsSettings.localhost());
        }
        return builder.build();
    }
}
