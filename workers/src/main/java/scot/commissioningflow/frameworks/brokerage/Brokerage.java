package scot.commissioningflow.frameworks.brokerage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.ScottishCalendar;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.Frameworks;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.brokerage.Eligibility.Verdict;
import scot.commissioningflow.frameworks.brokerage.PackageParticipant.Stage;
import scot.commissioningflow.frameworks.calloff.QualityPriceRanking;
import scot.commissioningflow.frameworks.calloff.QualityPriceRanking.Candidate;
import scot.commissioningflow.frameworks.calloff.QualityPriceRanking.Ranked;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.persistence.VersionConflicts;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * Care package brokerage: a social worker posts one person's package; it goes to every eligible member of the lot;
 * invited providers offer within a window of working hours; the offers are ranked on the framework's weights; the
 * choice is made with the person, who may choose other than the first with the reason recorded; exactly one award;
 * the others are told; the individual placement agreement is signed by the person, the provider and the council.
 * A package nobody could be offered, or nobody offered for, goes to the commissioner.
 *
 * <p>The package row is locked by every offer, by the closing of offers and by the award, so under many offers at
 * once each either counts or is refused with a reason, and only one award is ever made.
 */
@Service
public class Brokerage {

    private static final Logger log = LoggerFactory.getLogger(Brokerage.class);
    static final String TEMPLATE = "individual-placement-agreement.docx";

    private final CarePackageRepository packages;
    private final PackageInvitationRepository invitations;
    private final PackageOfferRepository offers;
    private final PackageParticipantRepository participants;
    private final Frameworks frameworks;
    private final CareServices careServices;
    private final ProviderRegister providers;
    private final ScottishCalendar calendar;
    private final ProcessEngine engine;
    private final TaskInbox inbox;
    private final Notifications notifications;
    private final ContractRegister register;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int defaultWindowHours;
    private final LocalTime dayStarts;
    private final LocalTime dayEnds;
    private final int signingDeadlineDays;

    Brokerage(CarePackageRepository packages, PackageInvitationRepository invitations, PackageOfferRepository offers,
            PackageParticipantRepository participants, Frameworks frameworks, CareServices careServices,
            ProviderRegister providers, ScottishCalendar calendar, ProcessEngine engine, TaskInbox inbox,
            Notifications notifications, ContractRegister register, AuditTrail audit,
            TransactionTemplate transaction, Clock clock,
            @Value("${commissioning.brokerage.offer-window-hours:8}") int defaultWindowHours,
            @Value("${commissioning.brokerage.working-day-starts:09:00}") LocalTime dayStarts,
            @Value("${commissioning.brokerage.working-day-ends:17:00}") LocalTime dayEnds,
            @Value("${commissioning.brokerage.signing-deadline-days:14}") int signingDeadlineDays) {
        this.packages = packages;
        this.invitations = invitations;
        this.offers = offers;
        this.participants = participants;
        this.frameworks = frameworks;
        this.careServices = careServices;
        this.providers = providers;
        this.calendar = calendar;
        this.engine = engine;
        this.inbox = inbox;
        this.notifications = notifications;
        this.register = register;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.defaultWindowHours = defaultWindowHours;
        this.dayStarts = dayStarts;
        this.dayEnds = dayEnds;
        this.signingDeadlineDays = signingDeadlineDays;
    }

    public record Posted(String reference, long processInstanceKey, String offersCloseAt) {
    }

    /** What care-package-brokerage.bpmn starts with. */
    record BrokerageStart(String carePackageReference) {
    }

    /** Saved first and started second, so no worker looks for a package that is not there. */
    public Posted post(NewCarePackage request, SignedInPerson person) {
        if (!person.has(Role.SOCIAL_WORKER) || person.organisation() == null) {
            throw new Refused("Only a council's social worker can post a care package.");
        }
        FrameworkLot lot = lotFor(request);
        if (!lot.covers(request.councilArea())) {
            throw new InvalidInput("councilArea", "lot " + lot.lotNumber() + " of framework "
                    + lot.frameworkReference() + " does not cover " + request.councilArea() + "; it covers "
                    + String.join(", ", lot.councilAreas()));
        }
        int hours = request.offerWindowHours() == null ? defaultWindowHours : request.offerWindowHours();
        ZonedDateTime closeAt = OfferWindow.closesAt(clock.instant().atZone(ScottishCalendar.SCOTLAND), hours,
                dayStarts, dayEnds, day -> calendar.workingDayOnOrAfter(day).equals(day));
        String reference = "CP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        transaction.executeWithoutResult(status -> {
            CarePackage saved = packages.save(new CarePackage(reference, request, person.organisation(), hours,
                    closeAt.toInstant(), person.username(), clock.instant()));
            request.participants().forEach(p -> participants.save(new PackageParticipant(saved.id(), p,
                    Stage.SHAPING)));
            audit.record(person, AuditEntry.of("brokerage.package-posted", "care-package", reference,
                    "Package of " + request.weeklyHours() + " hours a week in " + request.councilArea() + " posted to"
                            + " lot " + lot.lotNumber() + " of " + lot.frameworkReference() + "; offers close "
                            + closeAt + ". Shaped with: " + describe(request.participants()) + "."));
        });
        long key = engine.start(BrokerageProcess.PROCESS_ID, reference, new BrokerageStart(reference));
        // The process's first job (the invitations) may change the package while the key is recorded.
        VersionConflicts.retried(transaction, () -> load(reference).startedAs(key));
        log.info("Care package {} posted; offers close {}", reference, closeAt);
        return new Posted(reference, key, closeAt.toOffsetDateTime().toString());
    }

    private FrameworkLot lotFor(NewCarePackage request) {
        Framework framework = frameworks.find(request.frameworkReference()).orElseThrow(() -> new InvalidInput(
                "frameworkReference", "names no framework agreement: " + request.frameworkReference()));
        if (framework.status() != FrameworkStatus.LIVE || !framework.inTerm(request.startDate())) {
            throw new InvalidInput("frameworkReference", "framework " + framework.reference() + " is not live on "
                    + request.startDate() + ", so no package can be brokered on it");
        }
        return framework.lots().stream().filter(l -> l.lotNumber() == request.lotNumber()).findFirst()
                .orElseThrow(() -> new InvalidInput("lotNumber", "framework " + framework.reference()
                        + " has no lot " + request.lotNumber()));
    }

    /**
     * How many were invited, and how long until offers close as a duration: a timer counted from the engine's own
     * clock, so it closes at {@code offersCloseAt} whatever that clock's offset from this application's.
     */
    record Invited(int invitedCount, String offersCloseIn) {
    }

    /**
     * Sends the package to every eligible member once; a repeated job finds the invitations made and sends nothing
     * again. Who was left out, and why, goes to the trail.
     */
    @Transactional
    Invited invite(String reference) {
        CarePackage p = load(reference);
        List<PackageInvitation> made = invitations.findByCarePackageIdOrderById(p.id());
        if (made.isEmpty()) {
            Framework framework = frameworks.get(p.frameworkReference());
            FrameworkLot lot = framework.lots().stream().filter(l -> l.lotNumber() == p.lotNumber()).findFirst()
                    .orElseThrow();
            List<String> leftOut = new ArrayList<>();
            for (LotMember member : frameworks.eligibleMembers(p.frameworkReference(), p.lotNumber(),
                    p.startDate())) {
                Verdict verdict = Eligibility.of(member,
                        frameworks.suspended(p.frameworkReference(), member.providerReference()),
                        careServices.byServiceNumbers(member.serviceNumbers()), p.councilArea(), lot.minimumGrade(),
                        p.weeklyHours(), packages.hoursPlaced(member.providerReference(), p.frameworkReference(),
                                p.lotNumber(), List.of(CarePackageStatus.AWARDED, CarePackageStatus.PLACED)));
                if (!verdict.eligible()) {
                    leftOut.add(member.providerName() + " (" + verdict.leftOutBecause() + ")");
                    continue;
                }
                BigDecimal rate = p.pricedService() == null ? null : frameworks.price(p.frameworkReference(),
                        p.lotNumber(), member.providerReference(), p.pricedService(), p.startDate())
                        .map(ScheduledPrice::rate).orElse(null);
                made.add(invitations.save(new PackageInvitation(p.id(), member.providerReference(),
                        member.providerName(), member.frameworkScore(), verdict.service().lowestGrade(), rate,
                        clock.instant())));
            }
            audit.recordBySystem("brokerage", AuditEntry.of("brokerage.providers-invited", "care-package",
                    reference, made.size() + " providers invited: " + made.stream()
                            .map(PackageInvitation::providerName).collect(Collectors.joining(", "))
                            + (leftOut.isEmpty() ? "." : ". Left out: " + String.join("; ", leftOut) + "."))
                    .inProcess(p.processInstanceKey()));
        }
        for (PackageInvitation invitation : made) {
            tell(invitation.providerReference(), "care-package-invitation/" + reference,
                    "A care package to offer for: " + reference, "A package of " + p.weeklyHours() + " hours a week"
                            + " in " + p.councilArea() + " starting " + p.startDate() + ". Offers close at "
                            + p.offersCloseAt() + ": POST /api/care-packages/" + reference + "/offers.");
        }
        return new Invited(made.size(), untilNow(p.offersCloseAt()));
    }

    /**
     * An invited provider's offer, taken under the package's lock: refused once offers have closed by the clock or
     * by the process; the same offer sent again is the one already made; a different second offer is refused.
     */
    @Transactional
    public OfferView offer(String reference, OfferRequest request, SignedInPerson person) {
        CarePackage p = packages.lockByReference(reference).orElseThrow(() -> PackageAccess.notFound(reference));
        Optional<PackageInvitation> invitation = person.organisation() == null || !person.has(Role.PROVIDER_USER)
                ? Optional.empty() : invitations.findByCarePackageIdAndProviderReference(p.id(),
                        person.organisation());
        PackageAccess.requireSee(p, person, invitation.isPresent());
        if (invitation.isEmpty()) {
            throw new Refused("Only a provider the package was sent to can offer for " + reference + ".");
        }
        Optional<PackageOffer> earlier = offers.findByCarePackageIdAndProviderReference(p.id(),
                person.organisation());
        if (earlier.isPresent()) {
            if (earlier.get().sameAs(request)) {
                return view(earlier.get(), invitation.get(), p);
            }
            throw new Conflict(invitation.get().providerName() + " has already offered for " + reference
                    + "; an offer stands as made.");
        }
        if (!p.takesOffersAt(clock.instant())) {
            throw new Conflict("Offers for " + reference + " closed at " + p.offersCloseAt()
                    + "; this offer was not taken.");
        }
        BigDecimal cap = invitation.get().scheduledRate();
        if (cap != null && request.hourlyRate().compareTo(cap) > 0) {
            throw new InvalidInput("hourlyRate", "must not exceed your framework price for " + p.pricedService()
                    + ", £" + cap + " an hour");
        }
        PackageOffer offer = offers.save(new PackageOffer(p.id(), person.organisation(), request,
                person.username(), clock.instant()));
        audit.record(person, AuditEntry.of("brokerage.offer-made", "care-package", reference,
                invitation.get().providerName() + " offered at £" + request.hourlyRate() + " an hour from "
                        + request.canStartOn() + "."));
        return view(offer, invitation.get(), p);
    }

    record Ranking(int offerCount, List<OfferView> ranking, String recommendedProvider, String chosenByPerson) {
    }

    /** Closes offers (under the lock, so an offer in flight either counted already or is refused) and ranks them. */
    @Transactional
    Ranking closeAndRank(String reference) {
        CarePackage p = packages.lockByReference(reference).orElseThrow();
        p.closeOffers();
        Map<String, PackageInvitation> invited = invited(p);
        List<PackageOffer> all = offers.findByCarePackageIdOrderById(p.id());
        if (!all.isEmpty() && all.getFirst().rank() == null) {
            List<Ranked> ranked = QualityPriceRanking.rank(frameworks.get(p.frameworkReference()).weights(),
                    all.stream().map(o -> new Candidate(o.providerReference(), QualityPriceRanking.qualityOf(
                            invited.get(o.providerReference()).frameworkScore(),
                            invited.get(o.providerReference()).lowestGrade()), o.hourlyRate(), o.id())).toList());
            Map<String, PackageOffer> byProvider = all.stream()
                    .collect(Collectors.toMap(PackageOffer::providerReference, Function.identity()));
            ranked.forEach(r -> byProvider.get(r.providerReference()).ranked(r.qualityScore(), r.priceScore(),
                    r.totalScore(), r.rank()));
            audit.recordBySystem("brokerage", AuditEntry.of("brokerage.offers-ranked", "care-package", reference,
                    all.size() + " offers ranked on the framework's weights: " + ranked)
                    .inProcess(p.processInstanceKey()));
        }
        List<OfferView> ranking = rankedOffers(p, invited);
        String chosen = p.chosenProvider() != null && ranking.stream()
                .anyMatch(o -> o.providerReference().equals(p.chosenProvider())) ? p.chosenProvider() : null;
        return new Ranking(ranking.size(), ranking, ranking.isEmpty() ? null : ranking.getFirst().providerName(),
                chosen);
    }

    /**
     * The one award, made with the person: the chosen offer must exist; choosing other than the first needs the
     * reason. The package's lock and its recorded award make a second award impossible, even one sent at the same
     * moment; the same award sent again changes nothing.
     */
    @Transactional
    public CarePackageView award(String reference, AwardChoice choice, SignedInPerson person) {
        CarePackage p = packages.lockByReference(reference).orElseThrow(() -> PackageAccess.notFound(reference));
        PackageAccess.requireSocialWorker(p, person, false, "record the award with the person");
        Map<String, PackageInvitation> invited = invited(p);
        PackageOffer chosen = offers.findByCarePackageIdAndProviderReference(p.id(), choice.providerReference())
                .orElseThrow(() -> new InvalidInput("providerReference", choice.providerReference()
                        + " made no offer for " + reference));
        if (chosen.rank() != null && chosen.rank() > 1 && (choice.reason() == null || choice.reason().isBlank())) {
            throw new InvalidInput("reason", "must say why an offer other than the one ranked first is chosen,"
                    + " such as the person's own choice in their words");
        }
        if (p.awardedOfferId() != null) {
            p.award(chosen.id(), choice.reason(), person.username(), clock.instant());
            return view(p);
        }
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference)
                .atElement(BrokerageProcess.CHOOSE_PROVIDER)).stream().findFirst()
                .orElseThrow(() -> new Conflict("Care package " + reference + " is not waiting for a choice of"
                        + " provider: offers close at " + p.offersCloseAt() + "."));
        p.award(chosen.id(), choice.reason(), person.username(), clock.instant());
        offers.findByCarePackageIdOrderById(p.id())
                .forEach(o -> o.outcome(o.id().equals(chosen.id()) ? "AWARDED" : "NOT_CHOSEN"));
        choice.participants().forEach(pt -> participants.save(new PackageParticipant(p.id(), pt, Stage.CHOOSING)));
        audit.record(person, AuditEntry.of("brokerage.awarded", "care-package", reference, "Awarded to "
                + invited.get(chosen.providerReference()).providerName() + ", ranked " + chosen.rank() + " of "
                + offers.findByCarePackageIdOrderById(p.id()).size()
                + (choice.reason() == null ? "" : ", because: " + choice.reason()) + ". Chosen with: "
                + describe(choice.participants()) + ".").inProcess(p.processInstanceKey()));
        inbox.complete(task.taskKey(), new Chosen(chosen.providerReference(), chosen.providerReference(), choice.reason()),
                person.username());
        return view(p);
    }

    /** What the choice hands back to the process, in the fields of its form. */
    record Chosen(String awardedProviderReference, String providerReference, String reason) {
    }

    /** Tells every provider whose offer was not chosen; each message once, however often the job runs. */
    @Transactional(readOnly = true)
    void tellOthers(String reference) {
        CarePackage p = load(reference);
        for (PackageOffer offer : offers.findByCarePackageIdOrderById(p.id())) {
            if (!offer.id().equals(p.awardedOfferId())) {
                tell(offer.providerReference(), "care-package-not-chosen/" + reference,
                        "Care package " + reference + ": another offer was chosen",
                        "Thank you for your offer. The person chose another provider, with their social worker; your"
                                + " offer ranked " + offer.rank() + ".");
            }
        }
    }

    private static String agreementReference(String reference) {
        return reference + "-IPA";
    }

    @Transactional(readOnly = true)
    ContractRequest placementRequest(String reference) {
        CarePackage p = load(reference);
        PackageOffer offer = offers.findById(p.awardedOfferId()).orElseThrow();
        PackageInvitation provider = invited(p).get(offer.providerReference());
        String providerEmail = providers.get(offer.providerReference()).contactEmail();
        String agreement = agreementReference(reference);
        String howChosen = offer.rank() != null && offer.rank() == 1 && p.awardReason() == null
                ? "The offer ranked first on the framework's quality and price weights, chosen with " + p.personName()
                        + "."
                : "Chosen with " + p.personName() + ": " + p.awardReason();
        PlacementFields fields = new PlacementFields(agreement, p.personName(),
                p.representativeUserId() == null ? p.personName() + " signs for themselves."
                        : "Their representative signs for " + p.personName() + ".",
                p.councilCode(), p.councilArea(), provider.providerName(), offer.providerReference(), providerEmail,
                p.socialWorkerName(), p.socialWorkerEmail(), p.frameworkReference(), String.valueOf(p.lotNumber()),
                p.weeklyHours().stripTrailingZeros().toPlainString(), p.supportTimes(), p.outcomesInOwnWords(),
                p.preferences() == null ? "None recorded." : p.preferences(), "£" + offer.hourlyRate(),
                "£" + offer.hourlyRate().multiply(p.weeklyHours()).setScale(2, RoundingMode.HALF_UP),
                p.startDate().toString(), howChosen);
        return new ContractRequest(agreement, TEMPLATE, fields, List.of(
                new SignatoryRequest("supported-person", p.personName(), p.personEmail(),
                        Signer.person(p.personUserId(), p.representativeUserId())),
                new SignatoryRequest("provider", provider.providerName(), providerEmail,
                        Signer.provider(offer.providerReference())),
                new SignatoryRequest("council", p.socialWorkerName(), p.socialWorkerEmail(),
                        Signer.council(p.councilCode()))),
                signingDeadlineDays);
    }

    /** The signed placement goes on the contracts register as a framework call-off, once. */
    @Transactional
    String placed(String reference, String documentId) {
        CarePackage p = load(reference);
        PackageOffer offer = offers.findById(p.awardedOfferId()).orElseThrow();
        String agreement = agreementReference(reference);
        register.register(new ContractEntry(agreement, ContractKind.FRAMEWORK_CALL_OFF,
                "Individual placement for " + p.personName(), offer.providerReference(),
                invited(p).get(offer.providerReference()).providerName(), p.councilCode(), p.startDate(), null,
                offer.hourlyRate().multiply(p.weeklyHours()).multiply(BigDecimal.valueOf(52))
                        .setScale(2, RoundingMode.HALF_UP),
                offer.hourlyRate(), List.of(ContractedOutcome.inOwnWords(p.outcomesInOwnWords())), documentId));
        p.placed(agreement);
        return agreement;
    }

    @Transactional
    void placementNotSigned(String reference) {
        load(reference).placementNotSigned(agreementReference(reference));
    }

    /** The commissioner's answer for a package nobody could be offered or nobody offered for. */
    @Transactional
    void unfilled(String reference, String notes, String commissioner) {
        CarePackage p = load(reference);
        if (p.status() == CarePackageStatus.UNFILLED) {
            return;
        }
        p.unfilled(notes);
        audit.recordBySystem("brokerage", AuditEntry.of("brokerage.unfilled", "care-package", reference,
                "No offer could be accepted; escalated to " + commissioner + ": " + notes)
                .inProcess(p.processInstanceKey()));
    }

    @Transactional(readOnly = true)
    public CarePackageView get(String reference, SignedInPerson person) {
        CarePackage p = load(reference);
        PackageAccess.requireSee(p, person, invitedProvider(p, person));
        return view(p);
    }

    /** The packages this person may see. */
    @Transactional(readOnly = true)
    public List<CarePackageView> visibleTo(SignedInPerson person) {
        Map<Long, CarePackage> found = new LinkedHashMap<>();
        if (person.hasAny(Role.SOCIAL_WORKER, Role.COMMISSIONER) && person.organisation() != null) {
            packages.findByCouncilCodeOrderByCreatedAt(person.organisation()).forEach(p -> found.put(p.id(), p));
        }
        if (person.hasAny(Role.SUPPORTED_PERSON, Role.REPRESENTATIVE)) {
            packages.findForPersonOrRepresentative(person.username(), person.represents())
                    .forEach(p -> found.put(p.id(), p));
        }
        if (person.has(Role.PROVIDER_USER) && person.organisation() != null) {
            packages.findInvitedProvider(person.organisation()).forEach(p -> found.put(p.id(), p));
        }
        return found.values().stream().filter(p -> PackageAccess.canSee(p, person, invitedProvider(p, person)))
                .map(this::view).toList();
    }

    /** A provider sees its own offer; the person and the council see every offer once offers have closed. */
    @Transactional(readOnly = true)
    public List<OfferView> offers(String reference, SignedInPerson person) {
        CarePackage p = load(reference);
        PackageAccess.requireSee(p, person, invitedProvider(p, person));
        if (PackageAccess.seesAllOffers(p, person)) {
            return rankedOffers(p, invited(p));
        }
        return rankedOffers(p, invited(p)).stream().filter(o -> person.actsForProvider(o.providerReference()))
                .toList();
    }

    private boolean invitedProvider(CarePackage p, SignedInPerson person) {
        return person.has(Role.PROVIDER_USER) && person.organisation() != null
                && invitations.findByCarePackageIdAndProviderReference(p.id(), person.organisation()).isPresent();
    }

    private Map<String, PackageInvitation> invited(CarePackage p) {
        return invitations.findByCarePackageIdOrderById(p.id()).stream()
                .collect(Collectors.toMap(PackageInvitation::providerReference, Function.identity()));
    }

    private List<OfferView> rankedOffers(CarePackage p, Map<String, PackageInvitation> invited) {
        return offers.findByCarePackageIdOrderById(p.id()).stream()
                .map(o -> view(o, invited.get(o.providerReference()), p))
                .sorted(java.util.Comparator.comparing(OfferView::rank,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private static OfferView view(PackageOffer o, PackageInvitation invitation, CarePackage p) {
        return new OfferView(o.id(), o.providerReference(), invitation.providerName(), o.hourlyRate(), o.canStartOn(),
                o.howWeWouldHelp(), o.offeredAt(), o.qualityScore(), o.priceScore(), o.totalScore(), o.rank(),
                o.providerReference().equals(p.chosenProvider()), o.outcome());
    }

    private CarePackageView view(CarePackage p) {
        List<PackageOffer> all = offers.findByCarePackageIdOrderById(p.id());
        String awarded = p.awardedOfferId() == null ? null : all.stream()
                .filter(o -> o.id().equals(p.awardedOfferId())).map(PackageOffer::providerReference).findFirst()
                .orElse(null);
        return new CarePackageView(p.reference(), p.frameworkReference(), p.lotNumber(), p.councilArea(),
                p.personName(), p.weeklyHours(), p.supportTimes(), p.needs(), p.outcomesInOwnWords(),
                p.preferences(), p.chosenProvider(), p.choiceInOwnWords(), p.startDate(), p.offersCloseAt(),
                p.status(), invitations.findByCarePackageIdOrderById(p.id()).size(), all.size(), awarded,
                p.awardReason(), p.awardedBy(), p.escalationNotes(), p.agreementReference(),
                participants.findByCarePackageIdOrderById(p.id()).stream().map(PackageParticipant::view).toList());
    }

    private String untilNow(java.time.Instant at) {
        java.time.Duration left = java.time.Duration.between(clock.instant(), at);
        return (left.isNegative() ? java.time.Duration.ZERO : left).toString();
    }

    private void tell(String providerReference, String key, String subject, String body) {
        String email = providers.get(providerReference).contactEmail();
        notifications.send(new Notification(key + "/" + providerReference, providerReference, email, subject, body));
    }

    private CarePackage load(String reference) {
        return packages.findByReference(reference).orElseThrow(() -> PackageAccess.notFound(reference));
    }

    private static String describe(List<NewCarePackage.Participant> people) {
        return people.stream().map(p -> p.who().name().toLowerCase().replace('_', ' ')
                + (p.name() == null ? "" : " " + p.name()) + " (" + p.how() + ")").collect(Collectors.joining("; "));
    }
}
