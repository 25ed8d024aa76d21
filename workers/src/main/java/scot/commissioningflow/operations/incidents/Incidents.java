package scot.commissioningflow.operations.incidents;

import io.camunda.client.CamundaClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.NotFound;

/** Lists open incidents with the record each process is about, and retries one once its cause is fixed. */
@Service
public class Incidents {

    /**
     * The variables that name a process's record, most specific first: processes carry one of these from their
     * start (the contract-signing and registration processes a {@code businessKey}, the others their own reference).
     */
    static final List<String> RECORD_VARIABLES = List.of("tenderReference", "isfReference", "businessKey",
            "providerReference", "checkKey", "reviewKey");

    /** A retried job gets this many attempts again, with the usual backoff between them. */
    private static final int RETRIES = 3;

    private final IncidentSource source;
    private final CamundaClient engine;
    private final AuditTrail audit;

    Incidents(IncidentSource source, CamundaClient engine, AuditTrail audit) {
        this.source = source;
        this.engine = engine;
        this.audit = audit;
    }

    public List<Incident> open() {
        return withRecords(source.open()).stream().sorted(Comparator.comparing(Incident::key).reversed()).toList();
    }

    /**
     * Gives the job its attempts back and resolves the incident, so the process tries the step again. The retry is
     * recorded first: if the engine refuses, the audit entry rolls back with it.
     */
    @Transactional
    public Incident retry(long key, SignedInPerson who) {
        Incident incident = withRecords(source.open().stream().filter(open -> open.key() == key).toList()).stream()
                .findFirst().orElseThrow(() -> new NotFound("There is no open incident " + key
                        + ": it may have been retried already."));
        audit.record(who, AuditEntry.of("incident.retried", "process-instance",
                String.valueOf(incident.processInstanceKey()), "Retried " + incident.step() + " of "
                        + incident.process() + (incident.record() == null ? "" : " for " + incident.record())
                        + " after: " + incident.reason()).inProcess(incident.processInstanceKey()));
        if (incident.jobKey() != null) {
            engine.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES).send().join();
        }
        engine.newResolveIncidentCommand(key).send().join();
        return incident;
    }

    private List<Incident> withRecords(List<Incident> incidents) {
        Map<Long, Map<String, String>> variables = source.variables(incidents.stream()
                .map(Incident::processInstanceKey).collect(Collectors.toSet()), RECORD_VARIABLES);
        return incidents.stream().map(incident -> {
            Map<String, String> values = variables.getOrDefault(incident.processInstanceKey(), Map.of());
            String record = RECORD_VARIABLES.stream().filter(values::containsKey)
                    .map(name -> name + "=" + unquoted(values.get(name))).findFirst().orElse(null);
            return new Incident(incident.key(), incident.process(), incident.step(), incident.processInstanceKey(),
                    record, incident.reason(), incident.kind(), incident.jobKey(), incident.raisedAt());
        }).toList();
    }

    /** Variable values are JSON; a reference is a JSON string. */
    private static String unquoted(String json) {
        return json != null && json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")
                ? json.substring(1, json.length() - 1) : json;
    }
}
