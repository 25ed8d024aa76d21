package scot.commissioningflow.platform.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the process engine as the application actually reaches it: a topology request over the client's own
 * connection, so health is DOWN whether the embedded engine stopped or a remote cluster is unreachable.
 */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final CamundaClient client;

    EngineHealthIndicator(CamundaClient client) {
        super("The process engine could not be reached");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Topology topology = client.newTopologyRequest().useGrpc().send().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        builder.up()
                .withDetail("gatewayVersion", topology.getGatewayVersion())
                .withDetail("brokers", topology.getBrokers().size())
                .withDetail("partitions", topology.getPartitionsCount());
    }
}
