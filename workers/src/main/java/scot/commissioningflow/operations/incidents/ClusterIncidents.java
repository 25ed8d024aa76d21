package scot.commissioningflow.operations.incidents;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Incidents of a Camunda 8 cluster, through its search API (the same data Operate shows). */
@Component
@ConditionalOnProperty(name = "commissioning.engine.embedded", havingValue = "false")
class ClusterIncidents implements IncidentSource {

    /** More open incidents than this is an outage to handle in Operate, not one by one here. */
    private static final int PAGE = 500;

    private final CamundaClient client;

    ClusterIncidents(CamundaClient client) {
        this.client = client;
    }

    @Override
    public List<Incident> open() {
        return client.newIncidentSearchRequest().filter(filter -> filter.state(IncidentState.ACTIVE))
                .page(page -> page.limit(PAGE)).send().join().items().stream()
                .map(found -> new Incident(found.getIncidentKey(), found.getProcessDefinitionId(),
                        found.getElementId(), found.getProcessInstanceKey(), null, found.getErrorMessage(),
                        found.getErrorType().name(), found.getJobKey(),
                        found.getCreationTime() == null ? null : found.getCreationTime().toInstant()))
                .toList();
    }

    @Override
    public Map<Long, Map<String, String>> variables(Set<Long> processInstanceKeys, List<String> names) {
        // The search API filters by one instance at a time.
        Map<Long, Map<String, String>> values = new HashMap<>();
        for (long processInstanceKey : processInstanceKeys) {
            for (Variable variable : client.newVariableSearchRequest()
                    .filter(filter -> filter.processInstanceKey(processInstanceKey)).send().join().items()) {
                if (names.contains(variable.getName())) {
                    values.computeIfAbsent(processInstanceKey, key -> new HashMap<>())
                            .put(variable.getName(), variable.getValue());
                }
            }
        }
        return values;
    }
}
