package scot.commissioningflow.platform.process;

import io.camunda.client.api.response.ActivatedJob;
import org.slf4j.MDC;

/**
 * Puts the process instance, its business key and the job into the logging context, so every log line a worker
 * writes can be traced back to the process instance that caused it.
 */
public final class ProcessLog implements AutoCloseable {

    private static final String[] KEYS = {"bpmnProcessId", "processInstanceKey", "businessKey", "elementId", "jobKey"};

    private ProcessLog() {
    }

    public static ProcessLog forJob(ActivatedJob job) {
        put("bpmnProcessId", job.getBpmnProcessId());
        put("processInstanceKey", String.valueOf(job.getProcessInstanceKey()));
        put("elementId", job.getElementId());
        put("jobKey", String.valueOf(job.getKey()));
        Object businessKey = job.getVariablesAsMap().get(ProcessEngine.BUSINESS_KEY);
        put("businessKey", businessKey == null ? null : businessKey.toString());
        return new ProcessLog();
    }

    static ProcessLog forInstance(String bpmnProcessId, long processInstanceKey, String businessKey) {
        put("bpmnProcessId", bpmnProcessId);
        put("processInstanceKey", String.valueOf(processInstanceKey));
        put("businessKey", businessKey);
        return new ProcessLog();
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        for (String key : KEYS) {
            MDC.remove(key);
        }
    }
}
