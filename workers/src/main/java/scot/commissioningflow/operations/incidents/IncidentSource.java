package scot.commissioningflow.operations.incidents;

import java.util.List;
import java.util.Map;

/** Where open incidents are read from: the embedded engine's own records, or a cluster's search API. */
interface IncidentSource {

    List<Incident> open();

    /** The process variables of an instance that name its record, by name. */
    Map<String, String> variables(long processInstanceKey, List<String> names);
}
