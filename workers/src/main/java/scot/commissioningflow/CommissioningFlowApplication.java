package scot.commissioningflow;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import scot.commissioningflow.platform.OrderlyStop;

/**
 * Everything under processes/ and forms/ at the top of the repository is deployed at start-up. The extensions are
 * named because a bare folder pattern also matches directory entries inside the packaged jar, which the engine
 * refuses as a resource of unknown type.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Deployment(resources = {
        "classpath*:/processes/**/*.bpmn",
        "classpath*:/processes/**/*.dmn",
        "classpath*:/forms/**/*.form"})
public class CommissioningFlowApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CommissioningFlowApplication.class);
        // Before the ready line's listeners run (the trial data's first seeding among them), so that a Ctrl+C in the
        // moment after it stops the application in order too, not through the JVM's own shutdown. A class, not a
        // lambda: Spring reads the event a listener takes from its type argument, which a lambda does not keep.
        application.addListeners(new ApplicationListener<ApplicationStartedEvent>() {
            @Override
            public void onApplicationEvent(ApplicationStartedEvent started) {
                OrderlyStop.onSignals(started.getApplicationContext());
            }
        });
        try {
            application.run(args);
        } catch (RuntimeException startupFailed) {
            // Spring has reported why and closed the context; a helper thread of an embedded server must not keep a
            // failed start running.
            System.exit(1);
        }
    }
}
