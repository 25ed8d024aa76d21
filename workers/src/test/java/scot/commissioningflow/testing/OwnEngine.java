package scot.commissioningflow.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import scot.commissioningflow.journey.JourneyTest;

/**
 * A test class that runs an embedded engine of its own: {@link ProcessPaths}, a journey whose application context
 * cannot be the shared one, or a test that starts an engine itself.
 *
 * <p>The embedded engines of one JVM write their gRPC responses through one static buffer (zeebe-process-test's
 * {@code GrpcResponseWriter} keeps the key, intent and value of the response being written in static fields). An
 * engine running beside the shared journey context's can garble a response of the other, and a job the other handed
 * out is then lost until its timeout, leaving a journey to wait out its 60 s deadline (seen in CI runs). So these
 * classes run in a JVM of their own, apart from the shared context: the build's {@code own-engines} Surefire execution
 * takes the classes tagged {@value #TAG} and the default one leaves them out. Within that JVM they run one after the
 * other, and each closes its engine when done ({@link DirtiesContext} for an application context of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(OwnEngine.TAG)
@DirtiesContext
public @interface OwnEngine {

    /** The JUnit tag the build's Surefire executions split the test classes by. */
    String TAG = "own-engine";

    /**
     * Fails a test class that would start an engine of its own without saying so, before it starts one: left in the
     * default execution, it would run beside the shared context's engine.
     */
    final class Required implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            Class<?> testClass = context.getRequiredTestClass();
            if (startsItsOwnEngine(testClass) && !AnnotationSupport.isAnnotated(testClass, OwnEngine.class)) {
                throw new IllegalStateException(testClass.getSimpleName() + " runs an embedded engine of its own, so"
                        + " it must be annotated @OwnEngine to run in a JVM apart from the shared journey context's"
                        + " engine (see OwnEngine).");
            }
        }

        /**
         * A journey class with properties of its own gets an application context, and so an engine, of its own;
         * any other class this extension is registered on starts one itself.
         */
        private static boolean startsItsOwnEngine(Class<?> testClass) {
            if (!JourneyTest.class.isAssignableFrom(testClass)) {
                return true;
            }
            for (Class<?> type = testClass; type != JourneyTest.class; type = type.getSuperclass()) {
                if (type.isAnnotationPresent(TestPropertySource.class) || Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(method -> method.isAnnotationPresent(DynamicPropertySource.class))) {
                    return true;
                }
            }
            return false;
        }
    }
}
