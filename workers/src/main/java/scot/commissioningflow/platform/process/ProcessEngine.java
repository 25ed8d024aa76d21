package scot.commissioningflow.platform.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.JsonMapper;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way features start processes and send messages, so that every instance carries the business key the
 * workers use to stay idempotent, and every start is logged with its process instance key.
 *
 * <p>Variables are the caller's own record, whose component names are the process variable names; the client's
 * JSON mapper turns it into the variables the engine sees.
 */
@Service
public class ProcessEngine {

    public static final String BUSINESS_KEY = "businessKey";

    private static final Logger log = LoggerFactory.getLogger(ProcessEngine.class);

    private final CamundaClient client;
    private final JsonMapper json;

    ProcessEngine(CamundaClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public long start(String bpmnProcessId, String businessKey, Object variables) {
        long key = client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId)
                .latestVersion()
                .variables(withBusinessKey(businessKey, variables))
                .send()
                .join()
                .getProcessInstanceKey();
        try (var ignored = ProcessLog.forInstance(bpmnProcessId, key, businessKey)) {
            log.info("Started process {} for {}", bpmnProcessId, businessKey);
        }
        return key;
    }

    /**
     * Starts a new instance of the process just before one of its elements, skipping the steps before it: how a
     * record whose process the engine lost carries on from the step it had reached (see {@link ResumableRecords}).
     */
    public long startBefore(String bpmnProcessId, String businessKey, String elementId, Object variables) {
        long key = client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId)
                .latestVersion()
                .variables(withBusinessKey(businessKey, variables))
                .startBeforeElement(elementId)
                .send()
                .join()
                .getProcessInstanceKey();
        try (var ignored = ProcessLog.forInstance(bpmnProcessId, key, businessKey)) {
            log.info("Resumed process {} for {} before {}", bpmnProcessId, businessKey, elementId);
        }
        return key;
    }

    /** The engine takes one variables document, so the business key joins the caller's variables in it. */
    private Map<String, Object> withBusinessKey(String businessKey, Object variables) {
        Map<String, Object> all = new HashMap<>(json.fromJsonAsMap(json.toJson(variables)));
        all.put(BUSINESS_KEY, businessKey);
        return all;
    }

    /** A process model deployed by the engine: its id, the version the engine gave it, and its definition key. */
    public record DeployedProcess(String bpmnProcessId, int version, long processDefinitionKey) {
    }

    /**
     * Deploys one BPMN model while the application runs (a commissioner's own tender model). The engine gives it the
     * next version of its process id; the same file deployed again gets the version it already has.
     */
    public DeployedProcess deploy(String resourceName, byte[] bpmnXml) {
        var process = client.newDeployResourceCommand()
                .addResourceBytes(bpmnXml, resourceName)
                .send()
                .join()
                .getProcesses().getFirst();
        log.info("Deployed process {} version {} from {}", process.getBpmnProcessId(), process.getVersion(),
                resourceName);
        return new DeployedProcess(process.getBpmnProcessId(), process.getVersion(),
                process.getProcessDefinitionKey());
    }

    public void correlate(String messageName, String correlationKey, Object variables) {
        client.newPublishMessageCommand()
                .messageName(messageName)
                .correlationKey(correlationKey)
                .variables(variables)
                .send()
                .join();
        log.info("Published message {} for {}", messageName, correlationKey);
    }

    /**
     * Publishes the message once the caller's transaction has committed, or at once outside one: for a message whose
     * next step reads what the transaction stores, which the engine, streaming the job at once, could otherwise hand
     * to a worker before it is there. Should the engine refuse, what was committed stays and the refusal reaches the
     * caller.
     */
    public void correlateOnceCommitted(String messageName, String correlationKey, Object variables) {
        onceCommitted(() -> correlate(messageName, correlationKey, variables));
    }

    /** Runs the action once the current transaction commits, or at once outside one. */
    public static void onceCommitted(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
