package scot.commissioningflow.frameworks.admission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.Frameworks;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.providers.RegisteredCareService;

/** Frameworks as call-offs and brokerage buy from them (see {@link Frameworks}). */
@Service
class FrameworkCatalogue implements Frameworks {

    private final FrameworkAgreements agreements;
    private final Admissions admissions;
    private final CareServices careServices;
    private final StoredMemberRepository members;

    FrameworkCatalogue(FrameworkAgreements agreements, Admissions admissions, CareServices careServices,
            StoredMemberRepository members) {
        this.agreements = agreements;
        this.admissions = admissions;
        this.careServices = careServices;
        this.members = members;
    }

    @Override
    public Optional<Framework> find(String frameworkReference) {
        return agreements.find(frameworkReference);
    }

    @Override
    public Framework get(String frameworkReference) {
        return agreements.get(frameworkReference);
    }

    @Override
    public List<FrameworkLot> lotsOffering(String careService, String councilArea, LocalDate on) {
        return agreements.live().stream().filter(framework -> framework.inTerm(on))
                .flatMap(framework -> framework.lots().stream())
                .filter(lot -> lot.careService().equalsIgnoreCase(careService) && lot.covers(councilArea))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotMember> eligibleMembers(String frameworkReference, int lotNumber, LocalDate on) {
        Framework framework = agreements.get(frameworkReference);
        if (!framework.inTerm(on) || framework.status() == FrameworkStatus.ENDED) {
            return List.of();
        }
        FrameworkLot lot = framework.lots().stream().filter(candidate -> candidate.lotNumber() == lotNumber)
                .findFirst().orElse(null);
        if (lot == null) {
            return List.of();
        }
        List<LotMember> admitted = admissions.members(frameworkReference, lotNumber).stream()
                .filter(member -> member.status() == MemberStatus.ADMITTED && !member.admittedOn().isAfter(on))
                .toList();
        Map<String, RegisteredCareService> services = careServices.byServiceNumbers(admitted.stream()
                .flatMap(member -> member.serviceNumbers().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(RegisteredCareService::serviceNumber, Function.identity()));
        return admitted.stream()
                .filter(member -> member.serviceNumbers().stream().allMatch(number -> services.containsKey(number)
                        && services.get(number).activeAndGradedAtLeast(lot.minimumGrade())))
                .sorted(Comparator.comparing(LotMember::frameworkScore).reversed()
                        .thenComparing(LotMember::providerName))
                .toList();
    }

    @Override
    public List<LotMember> members(String frameworkReference, int lotNumber) {
        return admissions.members(frameworkReference, lotNumber);
    }

    @Override
    public Optional<ScheduledPrice> price(String frameworkReference, int lotNumber, String providerReference,
            String pricedService, LocalDate on) {
        return priceSchedule(frameworkReference, lotNumber, providerReference, on).stream()
                .filter(price -> price.pricedService().equals(pricedService)).findFirst();
    }

    @Override
    public List<ScheduledPrice> priceSchedule(String frameworkReference, int lotNumber, String providerReference,
            LocalDate on) {
        return admissions.schedule(frameworkReference, lotNumber, providerReference, on);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean suspended(String frameworkReference, String providerReference) {
        return members.findByFrameworkReferenceAndProviderReference(frameworkReference, providerReference).stream()
                .anyMatch(member -> member.status() == MemberStatus.SUSPENDED);
    }

    @Override
    public List<LotMember> suspendFromNewPlacements(String providerReference, String reason, String decidedBy) {
        return admissions.suspendEverywhere(providerReference, reason, decidedBy);
    }
}
