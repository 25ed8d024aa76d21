package scot.commissioningflow.operations.incidents;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Incidents of the embedded engine, read from its record stream: the engine keeps every record in memory, and that
 * stream is the only view it offers (it has no search API). Cheap enough for the embedded default; a cluster is read
 * through its search API instead.
 */
@Component
@ConditionalOnProperty(name = "commissioning.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineIncidents implements IncidentSource {

    private final ZeebeTestEngine engine;

    EmbeddedEngineIncidents(ZeebeTestEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Incident> open() {
        Map<Long, Incident> open = new LinkedHashMap<>();
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() != ValueType.INCIDENT) {
                continue;
            }
            IncidentRecordValue value = (IncidentRecordValue) record.getValue();
            if (record.getIntent() == IncidentIntent.CREATED) {
                open.put(record.getKey(), new Incident(record.getKey(), value.getBpmnProcessId(), value.getElementId(),
                        value.getProcessInstanceKey(), null, value.getErrorMessage(), value.getErrorType().name(),
                        value.getJobKey() > 0 ? value.getJobKey() : null, Instant.ofEpochMilli(record.getTimestamp())));
            } else if (record.getIntent() == IncidentIntent.RESOLVED) {
                open.remove(record.getKey());
            }
        }
        return new ArrayList<>(open.values());
    }

    @Override
    public Map<Long, Map<String, String>> variables(Set<Long> processInstanceKeys, List<String> names) {
        Map<Long, Map<String, String>> latest = new HashMap<>();
        if (processInstanceKeys.isEmpty()) {
            return latest;
        }
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() == ValueType.VARIABLE && (record.getIntent() == VariableIntent.CREATED
                    || record.getIntent() == VariableIntent.UPDATED)) {
                VariableRecordValue value = (VariableRecordValue) record.getValue();
                if (processInstanceKeys.contains(value.getProcessInstanceKey()) && names.contains(value.getName())) {
                    latest.computeIfAbsent(value.getProcessInstanceKey(), key -> new HashMap<>())
                            .put(value.getName(), value.getValue());
                }
            }
        }
        return latest;
    }
}
