package scot.commissioningflow.frameworks.admission;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * A member's prices are commercial: the staff who buy from frameworks read any member's, and a provider user only
 * its own organisation's.
 */
@Component
class PriceAccess {

    private final Clock clock;

    PriceAccess(Clock clock) {
        this.clock = clock;
    }

    void requireMayRead(SignedInPerson person, String providerReference) {
        boolean staff = person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD,
                Role.SOCIAL_WORKER, Role.ADMINISTRATOR);
        if (!staff && !person.actsForProvider(providerReference)) {
            throw new Refused("A provider reads only its own organisation's framework prices.");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
