package scot.commissioningflow.platform.web;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What a person is told when the process engine could not take their request, for the API and the pages alike. By then
 * the request's transaction has been rolled back, so nothing of it was kept and sending it again is safe. An engine
 * down, restarting or too busy to answer in time is something to wait out; any other refusal is the product's fault,
 * which the administrator finds in the log.
 */
public final class EngineRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRefusals.class);

    private static final Set<Status.Code> NOT_ANSWERED = Set.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.CANCELLED);

    private EngineRefusals() {
    }

    /** 503 when the engine did not answer, 500 when it refused what was asked. */
    public static HttpStatus status(ClientStatusException e) {
        return NOT_ANSWERED.contains(e.getStatusCode()) ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The sentence for the person; the refusal itself goes to the log. */
    public static String detail(ClientStatusException e) {
        if (status(e) == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("The process engine did not answer: {}", e.getStatus());
            return "The process engine did not answer in time, so this was not done and nothing you sent was kept. "
                    + "Please try again in a minute.";
        }
        log.error("The process engine refused a request", e);
        return "The process engine refused this, so it was not done and nothing you sent was kept. The administrator "
                + "can see why in the product's log.";
    }
}
