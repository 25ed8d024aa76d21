package scot.commissioningflow.frameworks.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.providers.RegisteredCareService;
import scot.commissioningflow.providers.RegistrationStatus;

/** Who may be offered a package: suspension, area, registration, grade and capacity. */
class EligibilityTest {

    private static LotMember member(MemberStatus status, Integer capacity) {
        return new LotMember("FWK-1", 1, "PRV-1", "Strath Care", List.of("CS1", "CS2"), 5, new BigDecimal("80"),
                capacity, status, LocalDate.of(2026, 1, 5));
    }

    private static RegisteredCareService service(String number, String area, RegistrationStatus status,
            Integer lowest) {
        return new RegisteredCareService(number, "Strath Care – Cùram", "Strath Care", "SP1", "Support Service",
                "Care at home", "Voluntary or Not for Profit", status, area, "Older People", null, Map.of(), lowest,
                null, "2526", 0, 0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
    }

    private static Eligibility.Verdict verdict(LotMember member, boolean suspended,
            List<RegisteredCareService> services, String placed) {
        return Eligibility.of(member, suspended, services, "Highland", 4, new BigDecimal("10"),
                new BigDecimal(placed));
    }

    @Test
    void anActiveWellGradedServiceInTheAreaWithCapacityIsEligibleAndTheBestGradedCounts() {
        var verdict = verdict(member(MemberStatus.ADMITTED, 40), false, List.of(
                service("CS1", "highland", RegistrationStatus.ACTIVE, 4),
                service("CS2", "Highland", RegistrationStatus.ACTIVE, 6)), "30");
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.service().serviceNumber()).isEqualTo("CS2");
    }

    @Test
    void aSuspendedMemberIsNeverEligible() {
        List<RegisteredCareService> fine = List.of(service("CS1", "Highland", RegistrationStatus.ACTIVE, 6));
        assertThat(verdict(member(MemberStatus.SUSPENDED, null), false, fine, "0").leftOutBecause())
                .contains("suspended");
        assertThat(verdict(member(MemberStatus.ADMITTED, null), true, fine, "0").leftOutBecause())
                .contains("suspended");
    }

    @Test
    void elsewhereInactiveUngradedOrUnderTheMinimumIsNotEligible() {
        for (RegisteredCareService service : List.of(service("CS1", "Moray", RegistrationStatus.ACTIVE, 6),
                service("CS1", "Highland", RegistrationStatus.INACTIVE, 6),
                service("CS1", "Highland", RegistrationStatus.ACTIVE, null),
                service("CS1", "Highland", RegistrationStatus.ACTIVE, 3),
                service("CS9", "Highland", RegistrationStatus.ACTIVE, 6))) {
            assertThat(verdict(member(MemberStatus.ADMITTED, null), false, List.of(service), "0").eligible())
                    .as(service.toString()).isFalse();
        }
    }

    @Test
    void capacityCountsTheHoursAlreadyPlaced() {
        List<RegisteredCareService> fine = List.of(service("CS1", "Highland", RegistrationStatus.ACTIVE, 5));
        assertThat(verdict(member(MemberStatus.ADMITTED, 40), false, fine, "30.00").eligible()).isTrue();
        assertThat(verdict(member(MemberStatus.ADMITTED, 40), false, fine, "30.25").leftOutBecause())
                .contains("capacity");
        assertThat(verdict(member(MemberStatus.ADMITTED, null), false, fine, "500").eligible()).isTrue();
    }
}
