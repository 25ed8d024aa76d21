package scot.commissioningflow.frameworks.brokerage;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.providers.RegisteredCareService;

/**
 * Whether a lot member may be offered a package: not suspended; a service of its on the lot registered and active
 * in the package's council area, graded at least the lot's minimum; and capacity for the package's hours on top of
 * what it already holds through brokerage on the lot (no stated capacity is no limit). The answer names the reason
 * a member is left out, for the trail.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** The member's best graded service in the area, when it may be offered the package; otherwise why not. */
    record Verdict(RegisteredCareService service, String leftOutBecause) {

        boolean eligible() {
            return leftOutBecause == null;
        }
    }

    static Verdict of(LotMember member, boolean suspended, Collection<RegisteredCareService> services,
            String councilArea, int minimumGrade, BigDecimal packageHours, BigDecimal hoursAlreadyPlaced) {
        if (suspended || member.suspended()) {
            return new Verdict(null, "suspended from the framework");
        }
        Optional<RegisteredCareService> inArea = services.stream()
                .filter(s -> s.councilArea() != null && s.councilArea().equalsIgnoreCase(councilArea))
                .filter(s -> member.serviceNumbers().contains(s.serviceNumber()))
                .filter(s -> s.activeAndGradedAtLeast(minimumGrade))
                .max(Comparator.comparing(RegisteredCareService::lowestGrade));
        if (inArea.isEmpty()) {
            return new Verdict(null, "no service on the lot registered, active and graded at least " + minimumGrade
                    + " in " + councilArea);
        }
        if (member.weeklyCapacityHours() != null && hoursAlreadyPlaced.add(packageHours)
                .compareTo(BigDecimal.valueOf(member.weeklyCapacityHours())) > 0) {
            return new Verdict(null, "no capacity: " + hoursAlreadyPlaced + " of " + member.weeklyCapacityHours()
                    + " weekly hours already placed");
        }
        return new Verdict(inArea.get(), null);
    }
}
