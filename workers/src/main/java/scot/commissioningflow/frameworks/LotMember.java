package scot.commissioningflow.frameworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider admitted to one lot of a framework.
 *
 * @param providerReference the provider's reference in the provider register
 * @param serviceNumbers the Care Inspectorate CS numbers of the provider's services offered on this lot
 * @param lowestGrade the lowest grade of those services at the last check; null when not graded
 * @param frameworkScore the provider's weighted score (0-100) from the framework evaluation, for ranking direct awards
 * @param weeklyCapacityHours hours a week the provider said it can take on through the lot; null when not stated
 */
public record LotMember(String frameworkReference, int lotNumber, String providerReference, String providerName,
        List<String> serviceNumbers, Integer lowestGrade, BigDecimal frameworkScore, Integer weeklyCapacityHours,
        MemberStatus status, LocalDate admittedOn) {

    public LotMember {
        serviceNumbers = serviceNumbers == null ? List.of() : List.copyOf(serviceNumbers);
    }

    public boolean suspended() {
        return status == MemberStatus.SUSPENDED;
    }
}
