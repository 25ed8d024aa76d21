package scot.commissioningflow.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Ctrl+C (INT) and a stop from a service manager or Maven (TERM) end the application in order, with exit status 0:
 * requests in flight finish, the job workers close, then the engine and the database stop. Left to the JVM, either
 * signal ends it with 130 or 143, and the README's run command ({@code ./mvnw -pl workers spring-boot:run}), which
 * sends TERM to its forked application when that has not ended five seconds after Ctrl+C, reports BUILD FAILURE for
 * an application that stopped as asked. A signal that comes while the application is stopping (Maven's TERM, or
 * Ctrl+C pressed twice) does not cut the stop short; {@code kill -9} still does.
 *
 * <p>{@code sun.misc.Signal} is the JDK's only way for an application to handle a signal itself (module
 * jdk.unsupported, supported for this use).
 */
public final class OrderlyStop {

    private static final Logger log = LoggerFactory.getLogger(OrderlyStop.class);

    private OrderlyStop() {
    }

    /** From now on, INT and TERM close this context and then end the JVM with the context's exit code (0). */
    public static void onSignals(ConfigurableApplicationContext context) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                if (stopping.compareAndSet(false, true)) {
                    log.info("Stopping (SIG{})", signal.getName());
                    // Not on the signal's own thread, which the JVM expects back at once.
                    Thread.ofPlatform().name("orderly-stop").start(
                            () -> System.exit(SpringApplication.exit(context)));
                }
            });
        }
    }
}
