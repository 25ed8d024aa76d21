package scot.commissioningflow.frameworks.admission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkMembershipChanged;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.frameworks.PricedService;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.providers.ProviderView;
import scot.commissioningflow.providers.RegisteredCareService;
import scot.commissioningflow.referencedata.PeriodEntry;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * Providers' applications to a framework's lots and the members admitted: the steps of
 * processes/frameworks/framework-admission.bpmn (registration and grade from the Care Inspectorate import, then the
 * fair work check, then admission with a price schedule), and the national body's suspensions and removals. Each
 * step is keyed by the application key, so a job delivered twice decides nothing twice.
 */
@Service
public class Admissions {

    private static final Logger log = LoggerFactory.getLogger(Admissions.class);

    private final StoredApplicationRepository applications;
    private final StoredMemberRepository members;
    private final FrameworkAgreements agreements;
    private final ProviderRegister providers;
    private final CareServices careServices;
    private final FrameworkPrices prices;
    private final ReferenceData referenceData;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Admissions(StoredApplicationRepository applications, StoredMemberRepository members,
            FrameworkAgreements agreements, ProviderRegister providers, CareServices careServices,
            FrameworkPrices prices, ReferenceData referenceData, ApplicationEventPublisher events, AuditTrail audit,
            Clock clock) {
        this.applications = applications;
        this.members = members;
        this.agreements = agreements;
        this.providers = providers;
        this.careServices = careServices;
        this.prices = prices;
        this.referenceData = referenceData;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A provider user applies for their own organisation, while the framework takes applications. */
    @Transactional
    public ApplicationView apply(String reference, FrameworkApplication application, SignedInPerson by) {
        if (!by.has(Role.PROVIDER_USER) || by.organisation() == null) {
            throw new Refused("Only a provider's own staff can apply to a framework, for their organisation.");
        }
        String providerReference = by.organisation();
        ProviderView provider = registered(providerReference);
        Framework framework = agreements.get(reference);
        FrameworkLot lot = lot(framework, application.lotNumber());
        int round = agreements.roundTakingApplications(reference);
        checkPrices(lot, application.prices());
        if (new HashSet<>(application.serviceNumbers()).size() != application.serviceNumbers().size()) {
            throw new InvalidInput("serviceNumbers", "serviceNumbers names a service more than once");
        }
        members.findByFrameworkReferenceAndLotNumberAndProviderReference(reference, lot.lotNumber(),
                providerReference).filter(member -> member.status() != MemberStatus.REMOVED).ifPresent(member -> {
                    throw new Conflict(provider.name() + " is already a member of lot " + lot.lotNumber() + ".");
                });
        String key = reference + "-R" + round + "-L" + lot.lotNumber() + "-" + providerReference;
        if (applications.findByApplicationKey(key).isPresent()) {
            throw new Conflict(provider.name() + " has already applied to lot " + lot.lotNumber() + " in this round.");
        }
        StoredApplication stored = applications.save(new StoredApplication(key, reference, round,
                providerReference, provider.name(), application, by.username(), clock.instant()));
        audit.record(by, AuditEntry.of("framework.applied", "framework-application", key, provider.name()
                + " applied to lot " + lot.lotNumber() + " (" + lot.title() + ") with services "
                + String.join(", ", application.serviceNumbers()) + "."));
        return stored.view();
    }

    /** The applications made in a round, for the round's admission checks. */
    @Transactional(readOnly = true)
    List<String> applicationKeys(String reference, int round) {
        return applications.findByFrameworkReferenceAndRoundNumberOrderById(reference, round).stream()
                .map(application -> application.view().applicationKey()).toList();
    }

    /** What the registration check tells the admission process, named as its gateway and fair work check read it. */
    public record RegistrationChecked(boolean registrationMet, String registrationRefusal, String fairWorkCheckKey,
            FairWorkContext fairWorkContext, String contractStartDate, FairWorkDeclaration fairWorkDeclaration) {
    }

    /**
     * Every service offered must be in the latest Care Inspectorate import, active, of the lot's type of service and
     * graded at least the lot's minimum on every key question.
     */
    @Transactional(readOnly = true)
    RegistrationChecked checkRegistration(String applicationKey) {
        StoredApplication stored = load(applicationKey);
        ApplicationView application = stored.view();
        Framework framework = agreements.get(application.frameworkReference());
        FrameworkLot lot = lot(framework, application.lotNumber());
        Map<String, RegisteredCareService> found = careServices.byServiceNumbers(application.serviceNumbers())
                .stream().collect(Collectors.toMap(RegisteredCareService::serviceNumber, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (String number : application.serviceNumbers()) {
            RegisteredCareService service = found.get(number);
            if (service == null) {
                problems.add(number + " is not in the Care Inspectorate datastore as last imported");
            } else if (!service.active()) {
                problems.add(number + " (" + service.serviceName() + ") is " + service.status().name()
                        .toLowerCase(java.util.Locale.ROOT) + " with the Care Inspectorate, not active");
            } else if (!service.careService().equalsIgnoreCase(lot.careService())) {
                problems.add(number + " (" + service.serviceName() + ") is registered as a " + service.careService()
                        + ", and lot " + lot.lotNumber() + " is for a " + lot.careService());
            } else if (service.lowestGrade() == null) {
                problems.add(number + " (" + service.serviceName() + ") has not been graded yet");
            } else if (service.lowestGrade() < lot.minimumGrade()) {
                problems.add(number + " (" + service.serviceName() + ") is graded " + GradeWords.of(
                        service.lowestGrade()) + " on its lowest key question, and lot " + lot.lotNumber()
                        + " needs at least " + GradeWords.of(lot.minimumGrade()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = framework.startsOn().isAfter(today) ? framework.startsOn() : today;
        return new RegistrationChecked(problems.isEmpty(), problems.isEmpty() ? null : String.join("; ", problems)
                + ".", applicationKey, FairWorkContext.FRAMEWORK_ADMISSION, start.toString(),
                stored.fairWorkDeclaration());
    }

    /**
     * Admits the provider to the lot with its framework score, and its price schedule from today as reference data
     * recorded on the national body's behalf.
     */
    @Transactional
    void admit(String applicationKey, String fairWorkSummary) {
        StoredApplication stored = load(applicationKey);
        if (!stored.decide(ApplicationOutcome.ADMITTED, "Registered, graded and fair work met: " + fairWorkSummary,
                clock.instant())) {
            return;
        }
        ApplicationView application = stored.view();
        Framework framework = agreements.get(application.frameworkReference());
        FrameworkLot lot = lot(framework, application.lotNumber());
        List<RegisteredCareService> services = careServices.byServiceNumbers(application.serviceNumbers());
        List<Integer> grades = services.stream().flatMap(service -> service.grades().values().stream()).toList();
        Integer lowest = services.stream().map(RegisteredCareService::lowestGrade).filter(java.util.Objects::nonNull)
                .min(Integer::compare).orElse(null);
        BigDecimal score = FrameworkScore.of(framework.weights(), grades, comparedPrice(lot, application.prices()),
                lowestOffered(lot, application));
        LocalDate today = LocalDate.now(clock);
        StoredMember member = members.findByFrameworkReferenceAndLotNumberAndProviderReference(
                application.frameworkReference(), lot.lotNumber(), application.providerReference()).orElse(null);
        if (member == null) {
            member = members.save(new StoredMember(application, lowest, score, today));
        } else {
            member.changeStatus(MemberStatus.ADMITTED, "Admitted again in round " + application.roundNumber(),
                    null, clock.instant());
        }
        SignedInPerson onBehalf = onBehalfOf(framework);
        for (PriceOffer offer : application.prices()) {
            PricedService priced = pricedService(lot, offer.pricedService());
            referenceData.add(prices, new FrameworkPrice.Series(framework.reference(), lot.lotNumber(),
                    application.providerReference(), priced.name()), new PeriodEntry(today, null,
                    "Price schedule offered in application " + applicationKey,
                    "Admitted to lot " + lot.lotNumber()), new FrameworkPrice.Figures(priced.unit(), offer.rate()),
                    onBehalf);
        }
        audit.recordBySystem("frameworks", AuditEntry.of("framework.admitted", "framework-application",
                applicationKey, application.providerName() + " admitted to lot " + lot.lotNumber() + " of "
                        + framework.reference() + " with framework score " + score + "."));
        events.publishEvent(new FrameworkMembershipChanged(framework.reference(), lot.lotNumber(),
                application.providerReference(), MemberStatus.ADMITTED, "Admitted in round "
                        + application.roundNumber(), clock.instant()));
        log.info("{} admitted to lot {} of {}", application.providerName(), lot.lotNumber(), framework.reference());
    }

    @Transactional
    void refuse(String applicationKey, ApplicationOutcome outcome, String reason) {
        StoredApplication stored = load(applicationKey);
        if (stored.decide(outcome, reason, clock.instant())) {
            audit.recordBySystem("frameworks", AuditEntry.of("framework.refused", "framework-application",
                    applicationKey, "Not admitted: " + reason));
            log.info("Application {} refused: {}", applicationKey, outcome);
        }
    }

    /**
     * Suspends, reinstates or removes a member on every lot it holds on the framework, by the framework's own
     * procurement staff, with their reason.
     */
    @Transactional
    public List<LotMember> changeStatus(String reference, String providerReference, MemberStatus status,
            String reason, SignedInPerson by) {
        agreements.requireManagedBy(by, reference);
        List<StoredMember> held = members.findByFrameworkReferenceAndProviderReference(reference, providerReference);
        if (held.isEmpty()) {
            throw new NotFound("Provider " + providerReference + " is not a member of framework " + reference + ".");
        }
        if (held.stream().allMatch(member -> member.status() == MemberStatus.REMOVED)) {
            throw new Conflict("Provider " + providerReference + " has been removed from framework " + reference
                    + "; it may apply again when the framework reopens.");
        }
        for (StoredMember member : held) {
            if (member.status() == status || member.status() == MemberStatus.REMOVED) {
                continue;
            }
            member.changeStatus(status, reason, by.username(), clock.instant());
            events.publishEvent(new FrameworkMembershipChanged(reference, member.lotNumber(), providerReference,
                    status, reason, clock.instant()));
        }
        audit.record(by, AuditEntry.of("framework.member-" + status.name().toLowerCase(java.util.Locale.ROOT),
                "framework-member", reference + "/" + providerReference, reason));
        return held.stream().map(StoredMember::view).toList();
    }

    /**
     * Suspends the provider on every lot it is admitted to, on every framework, for a decision taken elsewhere (a
     * contract in default): that decision's own record says who took it and why.
     */
    @Transactional
    public List<LotMember> suspendEverywhere(String providerReference, String reason, String decidedBy) {
        List<StoredMember> admitted = members.findByProviderReferenceAndStatus(providerReference,
                MemberStatus.ADMITTED);
        for (StoredMember member : admitted) {
            member.changeStatus(MemberStatus.SUSPENDED, reason, decidedBy, clock.instant());
            events.publishEvent(new FrameworkMembershipChanged(member.view().frameworkReference(),
                    member.lotNumber(), providerReference, MemberStatus.SUSPENDED, reason, clock.instant()));
        }
        return admitted.stream().map(StoredMember::view).toList();
    }

    @Transactional(readOnly = true)
    public List<LotMember> members(String reference, int lotNumber) {
        return members.findByFrameworkReferenceAndLotNumberOrderByProviderName(reference, lotNumber).stream()
                .map(StoredMember::view).toList();
    }

    /** Every member holding a place on the framework: admitted or suspended, not removed. */
    @Transactional(readOnly = true)
    public List<LotMember> membersOfFramework(String reference) {
        return members.findByFrameworkReferenceAndStatusIn(reference, List.of(MemberStatus.ADMITTED,
                MemberStatus.SUSPENDED)).stream().map(StoredMember::view).toList();
    }

    /** Every application of the framework: the national body's staff see all, a provider user its own. */
    @Transactional(readOnly = true)
    public List<ApplicationView> applications(String reference, SignedInPerson person) {
        Framework framework = agreements.get(reference);
        boolean staff = person.worksFor(framework.buyerOrganisation())
                && person.hasAny(Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER);
        if (!staff && !person.has(Role.PROVIDER_USER)) {
            throw new Refused("Only procurement staff of " + framework.buyerOrganisation() + " and the applying"
                    + " providers can read applications to framework " + reference + ".");
        }
        return applications.findByFrameworkReferenceOrderById(reference).stream().map(StoredApplication::view)
                .filter(application -> staff || person.actsForProvider(application.providerReference())).toList();
    }

    @Transactional(readOnly = true)
    public List<ScheduledPrice> schedule(String reference, int lotNumber, String providerReference, LocalDate on) {
        return prices.schedule(reference, lotNumber, providerReference, on);
    }

    private ProviderView registered(String providerReference) {
        ProviderView provider;
        try {
            provider = providers.get(providerReference);
        } catch (NotFound e) {
            throw new Conflict("Your organisation " + providerReference + " is not in the provider register: register"
                    + " it (POST /api/providers) before applying to a framework.");
        }
        if (provider.status() == ProviderStatus.DECLINED) {
            throw new Conflict(provider.name() + "'s registration was declined, so it cannot apply to a framework.");
        }
        return provider;
    }

    private static FrameworkLot lot(Framework framework, int lotNumber) {
        return framework.lots().stream().filter(lot -> lot.lotNumber() == lotNumber).findFirst()
                .orElseThrow(() -> new InvalidInput("lotNumber", "framework " + framework.reference()
                        + " has no lot " + lotNumber + "; its lots are 1 to " + framework.lots().size()));
    }

    private static void checkPrices(FrameworkLot lot, List<PriceOffer> offers) {
        Set<String> asked = lot.pricedServices().stream().map(PricedService::name).collect(Collectors.toSet());
        Set<String> given = new HashSet<>();
        for (PriceOffer offer : offers) {
            if (!asked.contains(offer.pricedService())) {
                throw new InvalidInput("prices", "lot " + lot.lotNumber() + " does not price \""
                        + offer.pricedService() + "\"; it prices " + String.join(", ", asked));
            }
            if (!given.add(offer.pricedService())) {
                throw new InvalidInput("prices", "prices gives " + offer.pricedService() + " more than once");
            }
        }
        if (!given.equals(asked)) {
            Set<String> missing = new HashSet<>(asked);
            missing.removeAll(given);
            throw new InvalidInput("prices", "prices must give a price for " + String.join(", ", missing));
        }
    }

    private static PricedService pricedService(FrameworkLot lot, String name) {
        return lot.pricedServices().stream().filter(priced -> priced.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Lot " + lot.lotNumber() + " has no priced service "
                        + name));
    }

    /** The price scored: the application's price for the lot's first priced service. */
    private static BigDecimal comparedPrice(FrameworkLot lot, List<PriceOffer> offers) {
        String first = lot.pricedServices().getFirst().name();
        return offers.stream().filter(offer -> offer.pricedService().equals(first)).findFirst()
                .map(PriceOffer::rate).orElseThrow();
    }

    /** The lowest price for the lot's first priced service among the round's applications and current members. */
    private BigDecimal lowestOffered(FrameworkLot lot, ApplicationView application) {
        String first = lot.pricedServices().getFirst().name();
        LocalDate today = LocalDate.now(clock);
        BigDecimal lowest = comparedPrice(lot, application.prices());
        for (StoredApplication other : applications.findByFrameworkReferenceAndRoundNumberOrderById(
                application.frameworkReference(), application.roundNumber())) {
            ApplicationView view = other.view();
            if (view.lotNumber() == lot.lotNumber()) {
                lowest = lowest.min(comparedPrice(lot, view.prices()));
            }
        }
        for (LotMember member : members(application.frameworkReference(), lot.lotNumber())) {
            for (ScheduledPrice price : prices.schedule(member.frameworkReference(), lot.lotNumber(),
                    member.providerReference(), today)) {
                if (price.pricedService().equals(first)) {
                    lowest = lowest.min(price.rate());
                }
            }
        }
        return lowest;
    }

    /**
     * Admission is the national body's decision, taken by its framework's process: the price schedule it records
     * is kept in the reference data's audit under the process, on the national body's behalf.
     */
    private static SignedInPerson onBehalfOf(Framework framework) {
        return new SignedInPerson("system:frameworks", "Framework admission for " + framework.buyerOrganisation(),
                Set.of(Role.PROCUREMENT_LEAD), framework.buyerOrganisation(), null);
    }

    private StoredApplication load(String applicationKey) {
        return applications.findByApplicationKey(applicationKey).orElseThrow(() -> new IllegalStateException(
                "Framework application " + applicationKey + " has not been recorded"));
    }
}
