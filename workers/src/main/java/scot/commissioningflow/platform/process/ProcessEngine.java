package scot.commissioningflow.platform.process;

import io.camunda.client.CamundaClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way features start processes and send messages, so that every instance carries the business key the
 * workers use to stay idempotent, and every start is logged with its process instance key.
 */
@Service
public class ProcessEngine {

    public static final String BUSINESS_KEY = "businessKey";

    private static final Logger log = LoggerFactory.getLogger(ProcessEngine.class);

    private final CamundaClient client;

    ProcessEngine(CamundaClient client) {
        this.client = client;
    }

    public long start(String bpmnProcessId, String businessKey, Map<String, Object> variables) {
        var all = new java.util.HashMap<>(variables);
        all.put(BUSINESS_KEY, businessKey);
        long key = client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId)
                .latestVersion()
                .variables(all)
                .send()
                .join()
                .getProcessInstanceKey();
        try (var ignored = ProcessLog.forInstance(bpmnProcessId, key, businessKey)) {
            log.info("Started process {} for {}", bpmnProcessId, businessKey);
        }
        return key;
    }

    public void correlate(String messageName, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand()
                .messageName(messageName)
                .correlationKey(correlationKey)
                .variables(variables)
                .send()
                .join();
        log.info("Published message {} for {}", messageName, correlationKey);
    }
}
