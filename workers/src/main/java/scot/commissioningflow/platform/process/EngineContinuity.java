package scot.commissioningflow.platform.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * Asks the engine whether it still remembers its earlier life, by the engine's own state rather than by
 * configuration: a message with a fixed id, kept by the engine for a century. An engine that still holds it refuses
 * the same id again (a Camunda 8 cluster after any restart, or a second replica); one that accepts it has started
 * empty (the embedded engine after a restart) or is new.
 *
 * <p>No process ever waits for this message; it only occupies its id.
 */
@Service
public class EngineContinuity {

    static final String MARKER_MESSAGE = "commissioning-flow-engine-remembers";
    private static final Duration KEPT_FOR = Duration.ofDays(36_500);

    private final CamundaClient client;

    EngineContinuity(CamundaClient client) {
        this.client = client;
    }

    /** True when the engine knows nothing of processes it ran before this call. Asks once; the answer then flips. */
    public boolean startedEmpty() {
        try {
            client.newPublishMessageCommand().messageName(MARKER_MESSAGE).correlationKey(MARKER_MESSAGE)
                    .messageId(MARKER_MESSAGE).timeToLive(KEPT_FOR).send().join();
            return true;
        } catch (ClientStatusException refused) {
            if (refused.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
                return false;
            }
            throw refused;
        }
    }
}
