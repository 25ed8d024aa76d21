package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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
import scot.commissioningflow.commissioning.PublicContractsScotland;
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
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * Call-offs from a framework lot: the request, the route (procurement-route.dmn decides; a call-off never has a
 * contract notice or a standstill), the direct award by ranking or by the person's choice, the mini-competition
 * (invitation, responses sealed until they close, fair work, the commissioner's evaluation on the framework's
 * weights), the award notice when owed, and the call-off contract. Keyed by call-off reference throughout.
 */
@Service
public class CallOffs {

    private static final Logger log = LoggerFactory.getLogger(CallOffs.class);
    static final String TEMPLATE = "outcome-based-contract.docx";

    private final CallOffRepository callOffs;
    private final CallOffResponseRepository responses;
    private final Frameworks frameworks;
    private final ProviderRegister providers;
    private final ScottishCalendar calendar;
    private final ProcessEngine engine;
    private final TaskInbox inbox;
    private final Notifications notifications;
    private final PublicContractsScotland pcs;
    private final ContractRegister register;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int defaultResponseDays;
    private final int signingDeadlineDays;

    CallOffs(CallOffRepository callOffs, CallOffResponseRepository responses, Frameworks frameworks,
            ProviderRegister providers, ScottishCalendar calendar, ProcessEngine engine, TaskInbox inbox,
            Notifications notifications, PublicContractsScotland pcs, ContractRegister register, AuditTrail audit,
            TransactionTemplate transaction, Clock clock,
            @Value("${commissioning.call-offs.response-days:7}") int defaultResponseDays,
            @Value("${commissioning.call-offs.signing-deadline-days:14}") int signingDeadlineDays) {
        this.callOffs = callOffs;
        this.responses = responses;
        this.frameworks = frameworks;
        this.providers = providers;
        this.calendar = calendar;
        this.engine = engine;
        this.inbox = inbox;
        this.notifications = notifications;
        this.pcs = pcs;
        this.register = register;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.defaultResponseDays = defaultResponseDays;
        this.signingDeadlineDays = signingDeadlineDays;
    }

    public record Requested(String reference, long processInstanceKey) {
    }

    /** What call-off.bpmn starts with: the route decision's inputs among them. */
    record CallOffStart(String callOffReference, String purchasingMechanism, String callOffMethod,
            String serviceType, String continuityDecision, BigDecimal estimatedValueExVat,
            BigDecimal estimatedValueIncVat, String routeDecidedOn, String contractStartDate) {
    }

    /** Saved first and started second, so no worker looks for a call-off that is not there. */
    public Requested request(NewCallOff request, SignedInPerson person) {
        if (!person.has(Role.COMMISSIONER) || person.organisation() == null) {
            throw new Refused("Only a council's commissioner can call off from a framework.");
        }
        Framework framework = checkedFramework(request);
        String reference = "CO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        transaction.executeWithoutResult(status -> {
            CallOff callOff = callOffs.save(new CallOff(reference, request, framework.weights(),
                    person.organisation(), person.username(), clock.instant()));
            audit.record(person, AuditEntry.of("call-off.requested", "call-off", reference, describe(callOff)));
        });
        long key = engine.start(CallOffProcess.PROCESS_ID, reference, new CallOffStart(reference, "FRAMEWORK",
                request.method().name(), "SOCIAL_CARE", "NEW_SERVICE", request.estimatedValueExVat(),
                request.estimatedValueIncVat(), LocalDate.now(clock).toString(), request.startDate().toString()));
        recordStartedAs(reference, key);
        log.info("Call-off {} requested from {} lot {} ({})", reference, request.frameworkReference(),
                request.lotNumber(), request.method());
        return new Requested(reference, key);
    }

    /** The process's first job (the route) may change the call-off while the key is recorded. */
    private void recordStartedAs(String reference, long key) {
        VersionConflicts.retried(transaction, () -> load(reference).startedAs(key));
    }

    private Framework checkedFramework(NewCallOff request) {
        Framework framework = frameworks.find(request.frameworkReference()).orElseThrow(() -> new InvalidInput(
                "frameworkReference", "names no framework agreement: " + request.frameworkReference()));
        if (framework.status() != FrameworkStatus.LIVE || !framework.inTerm(request.startDate())) {
            throw new InvalidInput("frameworkReference", "framework " + framework.reference()
                    + " is not live on " + request.startDate() + ", so nothing can be called off from it");
        }
        if (framework.lots().stream().noneMatch(lot -> lot.lotNumber() == request.lotNumber())) {
            throw new InvalidInput("lotNumber", "framework " + framework.reference() + " has no lot "
                    + request.lotNumber());
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw new InvalidInput("endDate", "must not be before the start date");
        }
        if (request.method() == CallOffMethod.WITHOUT_REOPENING_COMPETITION) {
            if (request.directBasis() == null) {
                throw new InvalidInput("directBasis", "is required for a call-off without reopening competition:"
                        + " FRAMEWORK_RANKING or PERSONS_CHOICE");
            }
            if (request.directBasis() == DirectBasis.PERSONS_CHOICE) {
                List<FieldProblem> problems = new java.util.ArrayList<>();
                if (blank(request.chosenProviderReference())) {
                    problems.add(new FieldProblem("chosenProviderReference", "must name the provider the person"
                            + " chose"));
                } else if (eligible(request.frameworkReference(), request.lotNumber(), request.startDate())
                        .noneMatch(m -> m.providerReference().equals(request.chosenProviderReference()))) {
                    problems.add(new FieldProblem("chosenProviderReference", "is not a member of lot "
                            + request.lotNumber() + " who may be given work on " + request.startDate()));
                }
                if (blank(request.choiceReason())) {
                    problems.add(new FieldProblem("choiceReason", "must record why the person chose this provider"));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
            }
        }
        return framework;
    }

    private java.util.stream.Stream<LotMember> eligible(String framework, int lot, LocalDate on) {
        return frameworks.eligibleMembers(framework, lot, on).stream()
                .filter(member -> !member.suspended() && !frameworks.suspended(framework, member.providerReference()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The route as procurement-route.dmn chose it; a call-off's route never carries a standstill. */
    @Transactional
    boolean recordRoute(String reference, CallOffRoute route) {
        CallOff callOff = load(reference);
        if (!route.isCallOff()) {
            throw new IllegalStateException("procurement-route.dmn gave call-off " + reference + " the route "
                    + route.route() + ", which is not a call-off route; check the decision table's call-off rules"
                    + " and retry this job.");
        }
        callOff.routeChosen(route.route(), route.noticeDuty());
        audit.recordBySystem("procurement-route", AuditEntry.of("call-off.route-chosen", "call-off", reference,
                "Route " + route.route() + " for a call-off estimated at " + callOff.valueExVat()
                        + " excluding VAT: notices " + route.noticeDuty() + ", no standstill.")
                .inProcess(callOff.processInstanceKey()));
        return route.awardNoticeRequired();
    }

    /**
     * A direct award: the highest-ranked eligible member, or the provider the person chose if it may still be given
     * work. Returns false (nothing awarded, the reason kept) when there is nobody to award.
     */
    @Transactional
    boolean awardDirectly(String reference) {
        CallOff callOff = load(reference);
        if (callOff.awardedProvider() != null) {
            return true;
        }
        List<LotMember> eligible = eligible(callOff.frameworkReference(), callOff.lotNumber(), callOff.startDate())
                .toList();
        Optional<LotMember> winner;
        String why;
        if (callOff.directBasis() == DirectBasis.PERSONS_CHOICE) {
            winner = eligible.stream().filter(m -> m.providerReference().equals(callOff.chosenProvider()))
                    .findFirst();
            why = "The supported person chose this provider: " + callOff.choiceReason();
        } else {
            winner = eligible.stream().max(Comparator.comparing(LotMember::frameworkScore,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            why = "Ranked first on lot " + callOff.lotNumber() + " of the framework among the members who may be"
                    + " given work on " + callOff.startDate() + ".";
        }
        if (winner.isEmpty()) {
            String reason = callOff.directBasis() == DirectBasis.PERSONS_CHOICE
                    ? "The provider the person chose may no longer be given work on this lot (suspended, removed"
                            + " or no longer registered and graded as the lot requires)."
                    : "No member of the lot may be given work on " + callOff.startDate() + ".";
            callOff.notAwarded(reason);
            audit.recordBySystem("call-off", AuditEntry.of("call-off.not-awarded", "call-off", reference, reason)
                    .inProcess(callOff.processInstanceKey()));
            return false;
        }
        LotMember member = winner.get();
        callOff.award(member.providerReference(), member.providerName(), scheduledRate(callOff,
                member.providerReference()), why, "system:call-off", LocalDate.now(clock));
        audit.recordBySystem("call-off", AuditEntry.of("call-off.awarded", "call-off", reference,
                "Awarded without reopening competition to " + member.providerName() + ". " + why)
                .inProcess(callOff.processInstanceKey()));
        return true;
    }

    private BigDecimal scheduledRate(CallOff callOff, String provider) {
        if (callOff.pricedService() == null) {
            return null;
        }
        return frameworks.price(callOff.frameworkReference(), callOff.lotNumber(), provider,
                callOff.pricedService(), callOff.startDate()).map(ScheduledPrice::rate).orElse(null);
    }

    /**
     * Invites every capable member once and fixes when responses close (calendar days ending on a working day);
     * answers how long until then, a duration the timer counts on the engine's own clock.
     */
    @Transactional
    String invite(String reference) {
        CallOff callOff = load(reference);
        if (callOff.responsesCloseAt() == null) {
            int days = callOff.responseDays() == null ? defaultResponseDays : callOff.responseDays();
            callOff.openForResponses(calendar.periodEnd(LocalDate.now(clock.withZone(ScottishCalendar.SCOTLAND)),
                    days).toInstant());
            for (LotMember member : eligible(callOff.frameworkReference(), callOff.lotNumber(),
                    callOff.startDate()).toList()) {
                responses.save(new CallOffResponse(callOff.id(), member.providerReference(), member.providerName(),
                        member.frameworkScore(), member.lowestGrade(), clock.instant()));
                tell(member.providerReference(), "call-off-invitation/" + reference,
                        "Mini-competition " + reference + ": " + callOff.title(),
                        "You are invited, as a member of lot " + callOff.lotNumber() + " of framework "
                                + callOff.frameworkReference() + ", to respond by " + callOff.responsesCloseAt()
                                + " on the page /mini-competitions/" + reference + " (or through POST /api/call-offs/"
                                + reference + "/responses).");
            }
            audit.recordBySystem("call-off", AuditEntry.of("call-off.members-invited", "call-off", reference,
                    "Capable members invited; responses close " + callOff.responsesCloseAt() + ".")
                    .inProcess(callOff.processInstanceKey()));
        }
        java.time.Duration left = java.time.Duration.between(clock.instant(), callOff.responsesCloseAt());
        return (left.isNegative() ? java.time.Duration.ZERO : left).toString();
    }

    /** A provider's response: only an invited member, once, before responses close by the clock. */
    @Transactional
    public CallOffView respond(String reference, CallOffResponseRequest request, SignedInPerson person) {
        CallOff callOff = load(reference);
        CallOffResponse invitation = person.organisation() == null ? null : responses
                .findByCallOffIdAndProviderReference(callOff.id(), person.organisation()).orElse(null);
        if (invitation == null || !person.has(Role.PROVIDER_USER)) {
            throw new Refused("Only a lot member invited to mini-competition " + reference + " can respond to it.");
        }
        if (!acceptsResponses(callOff)) {
            throw new Conflict("Responses to " + reference + " closed at " + callOff.responsesCloseAt()
                    + "; this response was not accepted.");
        }
        invitation.respond(request, person.username(), clock.instant());
        audit.record(person, AuditEntry.of("call-off.responded", "call-off", reference,
                invitation.providerName() + " responded at £" + request.hourlyRate() + " an hour."));
        return view(callOff, person);
    }

    /** The responses to check for fair work, each with the key its check is stored under. */
    record ResponseToCheck(long responseId, String providerReference, String fairWorkCheckKey,
            scot.commissioningflow.fairwork.FairWorkDeclaration fairWorkDeclaration) {
    }

    @Transactional
    List<ResponseToCheck> closeResponses(String reference) {
        CallOff callOff = load(reference);
        callOff.closeResponses();
        return responses.findByCallOffIdOrderById(callOff.id()).stream().filter(CallOffResponse::responded)
                .map(r -> new ResponseToCheck(r.id(), r.providerReference(), reference + "/" + r.providerReference(),
                        r.fairWorkDeclaration()))
                .toList();
    }

    @Transactional
    void recordFairWork(long responseId, String outcome, String summary) {
        responses.findById(responseId).orElseThrow().fairWorkChecked(outcome, summary);
    }

    /** How many responses may be evaluated: those that came and met fair work. */
    @Transactional(readOnly = true)
    int evaluableCount(String reference) {
        return (int) responses.findByCallOffIdOrderById(load(reference).id()).stream()
                .filter(CallOffResponse::responded).filter(CallOffResponse::fairWorkMet).count();
    }

    /**
     * Responses came but none met fair work: nothing is awarded, and the commissioner is told why, response by
     * response, so that they can call off again (by direct award on the framework's ranking, or a new mini-competition
     * once providers meet fair work). Asking the same members again at once would only bring the same answers.
     */
    @Transactional
    void noFairResponses(String reference) {
        CallOff callOff = load(reference);
        String findings = responses.findByCallOffIdOrderById(callOff.id()).stream()
                .filter(CallOffResponse::responded)
                .map(r -> r.providerName() + ": " + r.fairWorkSummary()).collect(Collectors.joining("\n"));
        callOff.notAwarded("No response met fair work, so none could be evaluated.");
        audit.recordBySystem("call-off", AuditEntry.of("call-off.not-awarded", "call-off", reference,
                "No response met fair work. " + findings).inProcess(callOff.processInstanceKey()));
        notifications.send(new Notification("call-off-no-fair-work/" + reference, callOff.commissionerName(),
                callOff.commissionerEmail(), "Call-off " + reference + " not awarded: no response met fair work",
                "None of the responses to the mini-competition for " + callOff.title() + " (" + reference + ") met"
                        + " fair work, so none could be evaluated and nothing was awarded.\n\n" + findings
                        + "\n\nYou can call off again: by direct award on the framework's ranking, or by a new"
                        + " mini-competition once the providers meet fair work."));
    }

    @Transactional
    void noResponses(String reference) {
        CallOff callOff = load(reference);
        callOff.notAwarded("No invited member responded before responses closed.");
        audit.recordBySystem("call-off", AuditEntry.of("call-off.not-awarded", "call-off", reference,
                "No invited member responded.").inProcess(callOff.processInstanceKey()));
    }

    /**
     * The commissioner's evaluation: marks for each response whose fair work was met, ranked on the framework's
     * weights; the first is awarded and the evaluation task completed in the same transaction.
     */
    @Transactional
    public CallOffView decideAward(String reference, AwardDecision decision, SignedInPerson person) {
        CallOff callOff = load(reference);
        requireCouncilCommissioner(callOff, person, "decide the award of a call-off");
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference)
                .atElement(CallOffProcess.MiniCompetition.DECIDE_AWARD)).stream().findFirst()
                .orElseThrow(() -> new Conflict("Call-off " + reference + " is not waiting for its award decision."));
        Map<String, CallOffResponse> evaluable = responses.findByCallOffIdOrderById(callOff.id()).stream()
                .filter(CallOffResponse::responded).filter(CallOffResponse::fairWorkMet)
                .collect(Collectors.toMap(CallOffResponse::providerReference, Function.identity()));
        if (evaluable.isEmpty()) {
            throw new Conflict("Call-off " + reference + " has no response that met fair work, so there is nothing"
                    + " to evaluate.");
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        decision.marks().stream().filter(mark -> !evaluable.containsKey(mark.providerReference()))
                .forEach(mark -> problems.add(new FieldProblem("marks", mark.providerReference()
                        + " has no response to mark (no response, or its fair work was not met)")));
        evaluable.keySet().stream().filter(p -> decision.marks().stream()
                .noneMatch(mark -> mark.providerReference().equals(p)))
                .forEach(p -> problems.add(new FieldProblem("marks", "must mark the response of " + p)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        decision.marks().forEach(mark -> evaluable.get(mark.providerReference()).marked(mark.qualityScore()));
        List<Ranked> ranking = QualityPriceRanking.rank(callOff.weights(), evaluable.values().stream()
                .map(r -> new Candidate(r.providerReference(), r.qualityScore(), r.totalPrice(), r.id())).toList());
        CallOffResponse winner = evaluable.get(ranking.getFirst().providerReference());
        callOff.award(winner.providerReference(), winner.providerName(), winner.hourlyRate(),
                decision.rationale(), person.username(), LocalDate.now(clock));
        audit.record(person, AuditEntry.of("call-off.awarded", "call-off", reference, "Mini-competition awarded to "
                + winner.providerName() + " on weights " + callOff.weights().qualityPercent() + "/"
                + callOff.weights().pricePercent() + " (quality/price), ranking " + ranking + ": "
                + decision.rationale()).inProcess(callOff.processInstanceKey()));
        inbox.complete(task.taskKey(), new AwardDecided(true, winner.providerReference(), decision.rationale()),
                person.username());
        return view(callOff, person);
    }

    /** What the evaluation task hands back to its process, in the fields of its form. */
    record AwardDecided(boolean callOffAwarded, String awardedProviderReference, String rationale) {
    }

    /**
     * A call-off's award notice as PCS takes it: it names its framework and lot, so PCS (and OCDS) link the award to
     * the framework.
     */
    record CallOffAwardNotice(String noticeType, String form, String buyerReference, String buyer, String title,
            String procurementRoute, String frameworkReference, int lotNumber, String frameworkMethod,
            String awardedTo, BigDecimal contractValue, String awardDate) {
    }

    /**
     * What commissioning's award notice reminders read (remind-award-notice-due, escalate-overdue-award-notice): the
     * call-off's award notice is held to the same 30 days as a tender's.
     */
    record AwardNoticeDue(String title, String commissionerName, String commissionerEmail, String awardedProvider,
            String awardNoticeDueOn) {
    }

    @Transactional(readOnly = true)
    AwardNoticeDue awardNoticeDue(String reference) {
        CallOff callOff = load(reference);
        return new AwardNoticeDue(callOff.title(), callOff.commissionerName(), callOff.commissionerEmail(),
                callOff.awardedProviderName(), calendar.awardNoticeDueOn(callOff.awardedOn()).toString());
    }

    @Transactional
    void publishAwardNotice(String reference) {
        CallOff callOff = load(reference);
        if (callOff.awardNoticeId() != null) {
            return;
        }
        String noticeId = pcs.publish(reference + "-award", new CallOffAwardNotice("AWARD_NOTICE", "F21",
                reference, callOff.commissioningBody(), callOff.title(), callOff.route(), callOff.frameworkReference(),
                callOff.lotNumber(), callOff.method().ocdsCode(), callOff.awardedProviderName(),
                callOff.valueExVat(), callOff.awardedOn().toString()));
        callOff.awardNoticePublished(noticeId);
        log.info("Award notice for call-off {}: {}", reference, noticeId);
    }

    private static String contractReference(String reference) {
        return reference + "-C1";
    }

    @Transactional(readOnly = true)
    ContractRequest contractRequest(String reference) {
        CallOff callOff = load(reference);
        String email = providers.get(callOff.awardedProvider()).contactEmail();
        String fairWork = responses.findByCallOffIdAndProviderReference(callOff.id(), callOff.awardedProvider())
                .map(CallOffResponse::fairWorkSummary).orElse("Fair work was checked when the provider was admitted"
                        + " to framework " + callOff.frameworkReference() + ".");
        return new ContractRequest(contractReference(reference), TEMPLATE,
                CallOffContractFields.of(contractReference(reference), callOff, email, fairWork),
                List.of(new SignatoryRequest("provider", callOff.awardedProviderName(), email,
                                Signer.provider(callOff.awardedProvider())),
                        new SignatoryRequest("commissioner", callOff.commissionerName(), callOff.commissionerEmail(),
                                Signer.council(callOff.councilCode()))),
                signingDeadlineDays);
    }

    @Transactional
    String registerLive(String reference, String documentId) {
        CallOff callOff = load(reference);
        long months = Math.max(1, ChronoUnit.MONTHS.between(callOff.startDate(), callOff.endDate().plusDays(1)));
        register.register(new ContractEntry(contractReference(reference), ContractKind.FRAMEWORK_CALL_OFF,
                callOff.title(), callOff.awardedProvider(), callOff.awardedProviderName(), callOff.commissioningBody(),
                callOff.startDate(), callOff.endDate(), callOff.valueExVat().multiply(BigDecimal.valueOf(12))
                        .divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP),
                callOff.hourlyRate(), callOff.outcomes().stream()
                        .map(o -> new ContractedOutcome(o.outcome(), o.indicator())).toList(),
                documentId));
        callOff.contractLive(contractReference(reference));
        return contractReference(reference);
    }

    @Transactional
    void contractNotSigned(String reference) {
        load(reference).contractNotSigned();
    }

    @Transactional(readOnly = true)
    public CallOffView get(String reference, SignedInPerson person) {
        CallOff callOff = load(reference);
        if (!person.worksFor(callOff.councilCode()) && responses.findByCallOffIdAndProviderReference(callOff.id(),
                person.organisation() == null ? "" : person.organisation()).isEmpty()) {
            throw notFound(reference);
        }
        return view(callOff, person);
    }

    /** The mini-competitions the person's organisation was invited to, newest first. */
    @Transactional(readOnly = true)
    public List<Invitation> invitations(SignedInPerson person) {
        if (person.organisation() == null || !person.has(Role.PROVIDER_USER)) {
            return List.of();
        }
        return responses.findByProviderReferenceOrderByIdDesc(person.organisation()).stream()
                .map(invitation -> invitation(callOffs.findById(invitation.callOffId()).orElseThrow(), invitation))
                .toList();
    }

    /** One mini-competition as the invited member reads it; anyone else is told there is none they can see. */
    @Transactional(readOnly = true)
    public Invitation invitation(String reference, SignedInPerson person) {
        CallOff callOff = load(reference);
        return responses.findByCallOffIdAndProviderReference(callOff.id(),
                        person.organisation() == null ? "" : person.organisation())
                .filter(invitation -> person.has(Role.PROVIDER_USER))
                .map(invitation -> invitation(callOff, invitation)).orElseThrow(() -> notFound(reference));
    }

    private Invitation invitation(CallOff c, CallOffResponse invitation) {
        return new Invitation(c.reference(), c.title(), c.serviceDescription(), c.commissioningBody(),
                c.frameworkReference(), c.lotNumber(), c.outcomes(), c.valueExVat(), c.startDate(), c.endDate(),
                c.monitoringArrangements(), c.weights().qualityPercent(), c.weights().pricePercent(),
                c.responsesCloseAt(), c.status(), acceptsResponses(c), invitation.providerName(),
                invitation.respondedAt());
    }

    /** Responses are taken while the competition is open and the clock is before they close: one rule, both ways. */
    private boolean acceptsResponses(CallOff callOff) {
        return callOff.status() == CallOffStatus.OPEN_FOR_RESPONSES && callOff.responsesCloseAt() != null
                && clock.instant().isBefore(callOff.responsesCloseAt());
    }

    /** Every call-off from a framework, for the reporting feature's open data (OCDS with the techniques extension). */
    @Transactional(readOnly = true)
    public List<CallOffView> fromFramework(String frameworkReference) {
        return callOffs.findByFrameworkReferenceOrderById(frameworkReference).stream()
                .map(c -> view(c, null)).toList();
    }

    /**
     * Council staff see every response once responses have closed; an invited provider sees only its own; nobody
     * reads a response while responses are open.
     */
    private CallOffView view(CallOff c, SignedInPerson person) {
        boolean closed = c.status() != CallOffStatus.OPEN_FOR_RESPONSES && c.status() != CallOffStatus.REQUESTED;
        List<CallOffView.ResponseView> shown = responses.findByCallOffIdOrderById(c.id()).stream()
                .filter(r -> person == null || person.worksFor(c.councilCode())
                        || person.actsForProvider(r.providerReference()))
                .map(r -> {
                    boolean open = closed || person != null && person.actsForProvider(r.providerReference());
                    return new CallOffView.ResponseView(r.providerReference(), r.providerName(), r.responded(),
                            open ? r.hourlyRate() : null, open ? r.totalPrice() : null, open ? r.proposal() : null,
                            r.fairWorkOutcome(), r.fairWorkSummary(), r.qualityScore());
                }).toList();
        return new CallOffView(c.reference(), c.frameworkReference(), c.lotNumber(), c.title(), c.councilCode(),
                c.method(), c.method().ocdsCode(), c.directBasis(), c.chosenProvider(), c.choiceReason(),
                c.personInvolvement(), c.valueExVat(), c.valueIncVat(), c.startDate(), c.endDate(), c.route(),
                c.noticeDuty(), c.responsesCloseAt(), c.status(), c.awardedProvider(), c.awardedProviderName(),
                c.hourlyRate(), c.awardRationale(), c.awardedBy(), c.awardedOn(), c.awardNoticeId(),
                c.contractReference(), shown);
    }

    private void requireCouncilCommissioner(CallOff callOff, SignedInPerson person, String action) {
        if (!person.worksFor(callOff.councilCode())) {
            throw notFound(callOff.reference());
        }
        if (!person.has(Role.COMMISSIONER)) {
            throw new Refused("Only a commissioner of the council calling off can " + action + ".");
        }
    }

    private void tell(String providerReference, String key, String subject, String body) {
        String email = providers.get(providerReference).contactEmail();
        notifications.send(new Notification(key + "/" + providerReference, providerReference, email, subject, body));
    }

    private CallOff load(String reference) {
        return callOffs.findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    private static NotFound notFound(String reference) {
        return new NotFound("There is no call-off " + reference + " that you can see.");
    }

    private static String describe(CallOff callOff) {
        return "Call-off from framework " + callOff.frameworkReference() + " lot " + callOff.lotNumber() + " by "
                + callOff.method().ocdsCode() + (callOff.directBasis() == null ? "" : " (" + callOff.directBasis()
                + ")") + ", estimated at " + callOff.valueExVat() + " excluding VAT. People involved: "
                + callOff.personInvolvement();
    }
}
