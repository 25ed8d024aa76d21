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
        String base = "http://" + host(environment.getProperty("server.address")) + ":"
                + environment.getProperty("local.server.port");
        log.info("Commissioning Flow ready at {} (API docs at {}/swagger-ui.html)", base, base);
    }

    /** Where a browser on this machine finds the API: localhost, unless it listens on one other address only. */
    private static String host(String address) {
        if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
                || address.startsWith("127.") || address.equals("::1") || address.equals("localhost")) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
