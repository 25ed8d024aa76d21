package scot.commissioningflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import scot.commissioningflow.platform.LocalPorts;

class EngineHealthIndicatorTest {

    @Test
    void anEngineThatCannotBeReachedIsReportedDown() {
        int nobodyListens = LocalPorts.resolve(0);
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://localhost:" + nobodyListens))
                .preferRestOverGrpc(false)
                .build()) {
            Health health = new EngineHealthIndicator(client).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
