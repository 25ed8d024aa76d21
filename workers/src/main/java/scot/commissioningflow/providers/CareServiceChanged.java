package scot.commissioningflow.providers;

import java.time.Instant;
import java.util.Set;

/**
 * Published when an import of the Care Inspectorate datastore finds a service it already held with its grades,
 * registration status, complaints upheld or enforcements changed (a service seen for the first time is not a change).
 * Listeners (monitoring, frameworks) act on it after the import commits.
 *
 * @param previous the service as held before the import
 * @param current the service as the import left it
 * @param changes what changed: at least one
 */
public record CareServiceChanged(RegisteredCareService previous, RegisteredCareService current,
        Set<Change> changes, Instant at) {

    public CareServiceChanged {
        changes = Set.copyOf(changes);
    }

    public String serviceNumber() {
        return current.serviceNumber();
    }

    public enum Change {
        GRADES,
        STATUS,
        COMPLAINTS,
        ENFORCEMENTS
    }
}
