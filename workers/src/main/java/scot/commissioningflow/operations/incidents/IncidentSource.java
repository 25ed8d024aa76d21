package scot.commissioningflow.operations.incidents;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where open incidents are read from: the embedded engine's own records, or a cluster's search API. */
interface IncidentSource {

    List<Incident> open();

    /**
     * The variables with these names of each of these process instances, by instance and then name: in one call, so
     * that listing many incidents reads the embedded engine's records once, not once per incident.
     */
    Map<Long, Map<String, String>> variables(Set<Long> processInstanceKeys, List<String> names);
}
