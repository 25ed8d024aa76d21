package scot.commissioningflow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The one line a newcomer waits for: where the running product answers. */
@Component
class ReadyLine {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        log.info("Commissioning Flow ready at {} (API docs at {}/swagger-ui.html)", base, base);
    }
}
