package scot.commissioningflow.providers;

import java.time.Instant;
import java.util.Set;

/**
 * Published when an import of the Care Inspectorate datastore finds a service's grades, registration status,
 * complaints upheld or enforcements changed (or a service not held before). Listeners (monitoring, frameworks) act on
 * it after the import commits.
 *
 * @param previous the service as held before the import; null when it is new
 * @param current the service as the import left it
 * @param changes what changed; only {@link Change#NEW_SERVICE} for a service not held before
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
        NEW_SERVICE,
        GRADES,
        STATUS,
        COMPLAINTS,
        ENFORCEMENTS
    }
}
