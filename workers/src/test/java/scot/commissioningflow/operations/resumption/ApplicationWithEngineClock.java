package scot.commissioningflow.operations.resumption;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import scot.commissioningflow.CommissioningFlowApplication;

/**
 * The application exactly as {@code CommissioningFlowApplication} runs it, in a JVM of its own, plus one thing a test
 * needs from outside: moving the embedded engine's clock, so that deadlines days away pass in a second. A line
 * {@code pass PT864H} on standard input moves it; nothing else is read.
 */
public final class ApplicationWithEngineClock {

    private ApplicationWithEngineClock() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(CommissioningFlowApplication.class, args);
        ZeebeTestEngine engine = context.getBean(ZeebeTestEngine.class);
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            if (line.startsWith("pass ")) {
                engine.increaseTime(Duration.parse(line.substring("pass ".length()).trim()));
                System.out.println("Engine clock moved by " + line.substring("pass ".length()).trim());
            }
        }
    }
}
