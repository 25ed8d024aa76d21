package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/** What people do with an ISF through the API; every call checks who is asking before anything else. */
@Service
class IndividualServiceFunds {

    static final String PROCESS = "option2-individual-service-fund";
    static final String REVIEW_NEEDED = "isf-review-needed";
    static final String PROVIDER_CHANGE_REQUESTED = "isf-provider-change-requested";
    static final String ENDING = "isf-ending";

    private static final Logger log = LoggerFactory.getLogger(IndividualServiceFunds.class);

    private final IsfRepository funds;
    private final IsfAgreementRepository agreements;
    private final IsfReviewRepository reviews;
    private final NeedsChangeRepository needsChanges;
    private final IsfLedger ledger;
    private final IsfAccess access;
    private final ProviderRegister providers;
    private final TaskInbox inbox;
    private final ProcessEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IndividualServiceFunds(IsfRepository funds, IsfAgreementRepository agreements, IsfReviewRepository reviews,
            NeedsChangeRepository needsChanges, IsfLedger ledger, IsfAccess access, ProviderRegister providers,
            TaskInbox inbox, ProcessEngine engine, TransactionTemplate transaction, Clock clock) {
        this.funds = funds;
        this.agreements = agreements;
        this.reviews = reviews;
        this.needsChanges = needsChanges;
        this.ledger = ledger;
        this.access = access;
        this.providers = providers;
        this.inbox = inbox;
        this.engine = engine;
        this.transaction = transaction;
        this.clock = clock;
    }

    record Opened(String reference, long processInstanceKey) {
    }

    Opened open(NewIsf request, Caller caller) {
        if (!caller.is(CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only a social worker can open an individual service fund after an assessment.");
        }
        String reference = "ISF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        IndividualServiceFund isf = transaction.execute(
                status -> funds.save(new IndividualServiceFund(reference, request, caller.user(), clock.instant())));
        long key = engine.start(PROCESS, reference, Map.of("isfReference", reference));
        transaction.executeWithoutResult(status -> load(reference).startedAs(key));
        log.info("ISF {} opened for {} with an indicative budget of £{}", reference, isf.personName(),
                request.indicativeAnnualBudget());
        return new Opened(reference, key);
    }

    @Transactional(readOnly = true)
    IsfView get(String reference, Caller caller) {
        IndividualServiceFund isf = access.visibleTo(load(reference), caller);
        return isf.view(agreementsOf(isf));
    }

    @Transactional(readOnly = true)
    List<IsfView> visibleTo(Caller caller) {
        List<IndividualServiceFund> candidates = switch (caller.role()) {
            case SOCIAL_WORKER, COMMISSIONER -> funds.findAllByOrderByCreatedAt();
            case PERSON, REPRESENTATIVE -> funds.findForPersonOrRepresentative(caller.user());
            case PROVIDER -> funds.findForProvider(caller.organisation());
        };
        return candidates.stream().filter(isf -> access.canSee(isf, caller))
                .map(isf -> isf.view(agreementsOf(isf))).toList();
    }

    TaskView choose(String reference, IsfRequests.ProviderChoice choice, Caller caller) {
        IndividualServiceFund isf = directedBy(reference, caller, "record the choice of provider");
        requireAdmitted(choice.providerReference());
        return completeTask(isf, "RecordChoice", choice.asVariables(), caller,
                "is not waiting for the person's choice of provider");
    }

    TaskView answerAsProvider(String reference, IsfRequests.ProviderAnswer answer, Caller caller) {
        IndividualServiceFund isf = readable(reference, caller);
        if (!caller.is(CallerRole.PROVIDER) || !caller.organisation().equals(isf.chosenProviderReference())) {
            throw new Forbidden("Only the provider the person chose can accept or decline " + reference + ".");
        }
        if (answer.accepted() && (answer.supportWorkerHourlyPay() == null || answer.zeroHoursContracts() == null
                || answer.workerVoice() == null)) {
            throw new InvalidInput("supportWorkerHourlyPay", "supportWorkerHourlyPay, zeroHoursContracts and "
                    + "workerVoice are needed with an acceptance, for the fair-work check");
        }
        return completeTask(isf, "ProviderAcceptance", answer.asVariables(), caller,
                "is not waiting for the provider's answer");
    }

    TaskView decideReview(String reference, IsfRequests.ReviewDecision decision, Caller caller) {
        IndividualServiceFund isf = readable(reference, caller);
        access.requireSocialWorker(isf, caller, "record the outcome of a review");
        if (decision.changeBudget() && decision.newAnnualBudget() == null) {
            throw new InvalidInput("newAnnualBudget", "newAnnualBudget is needed when the review changes the budget");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewOutcome", decision.changeBudget() ? "CHANGE_BUDGET" : "KEEP_BUDGET");
        variables.put("newAnnualBudget", decision.newAnnualBudget());
        variables.put("reviewNotes", decision.notes());
        return completeTask(isf, "ReviewIsf", variables, caller, "has no review waiting for a decision");
    }

    /** Counted once per delivery of a statement id; a repeat answers with the statement already counted. */
    StatementView recordStatement(String reference, NewSpendStatement statement, Caller caller) {
        try {
            return recordOnce(reference, statement, caller);
        } catch (DataIntegrityViolationException concurrentDelivery) {
            // The same statement arrived twice at once; the other delivery stored it, so this one is the repeat.
            return recordOnce(reference, statement, caller);
        }
    }

    private StatementView recordOnce(String reference, NewSpendStatement statement, Caller caller) {
        return transaction.execute(status -> {
            IndividualServiceFund isf = access.visibleTo(load(reference), caller);
            if (!caller.is(CallerRole.PROVIDER)) {
                throw new Forbidden("Only the provider holding the fund sends statements of spend.");
            }
            IsfLedger.Receipt receipt = ledger.record(isf, caller.organisation(), statement, caller.user());
            receipt.reviewTrigger().ifPresent(trigger -> askForReview(isf, trigger.reason(), trigger.detail(),
                    "ledger"));
            return receipt.statement();
        });
    }

    @Transactional(readOnly = true)
    LedgerView ledger(String reference, Caller caller) {
        IndividualServiceFund isf = access.visibleTo(load(reference), caller);
        return currentLedger(isf);
    }

    LedgerView currentLedger(IndividualServiceFund isf) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT,
                        AgreementStatus.LIVE)
                .map(live -> ledger.view(isf, live.providerReference(), live.carriedOverBalance(),
                        live.carriedOverHours()))
                .orElseGet(() -> ledger.view(isf, null, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Transactional
    boolean reportNeedsChange(String reference, String description, Caller caller) {
        IndividualServiceFund isf = access.visibleTo(load(reference), caller);
        needsChanges.save(new NeedsChange(isf.id(), caller, description, clock.instant()));
        if (isf.status() != IsfStatus.ACTIVE) {
            log.info("Change in needs for {} noted; the ISF is {} so no new review opens", reference, isf.status());
            return false;
        }
        askForReview(isf, ReviewReason.NEEDS_CHANGED, description, caller.user());
        return true;
    }

    @Transactional
    void requestProviderChange(String reference, IsfRequests.ProviderChoice choice, Caller caller) {
        IndividualServiceFund isf = directedBy(reference, caller, "change the provider");
        requireActive(isf, "change provider");
        requireAdmitted(choice.providerReference());
        if (choice.providerReference().equals(isf.currentProviderReference())) {
            throw new InvalidInput("providerReference", "providerReference is the provider already holding the fund");
        }
        isf.moveTo(IsfStatus.CHANGING_PROVIDER);
        Map<String, Object> variables = new HashMap<>(choice.asVariables());
        variables.put("choiceRecordedBy", caller.user());
        engine.correlate(PROVIDER_CHANGE_REQUESTED, reference, variables);
    }

    @Transactional
    void end(String reference, IsfRequests.Ending ending, Caller caller) {
        IndividualServiceFund isf = directedBy(reference, caller, "move the support elsewhere");
        requireActive(isf, "end the fund");
        engine.correlate(ENDING, reference, Map.of("endedHow", ending.how().name(), "movingTo", ending.movingTo(),
                "endingReason", ending.reason()));
    }

    @Transactional(readOnly = true)
    SupportPlan supportPlan(String reference, Caller caller) {
        IndividualServiceFund isf = access.visibleTo(load(reference), caller);
        return new SupportPlan(isf.reference(), isf.personName(), isf.councilName(), isf.outcomes(),
                isf.indicativeAnnualBudget(), isf.weeklyHours(), isf.view(List.of()).choice(),
                isf.view(List.of()).representative(), agreementsOf(isf),
                reviews.findByIsfIdOrderById(isf.id()).stream().map(IsfReview::view).toList(), currentLedger(isf),
                isf.status() == IsfStatus.CLOSED ? isf.view(List.of()).movedTo() : null);
    }

    private void askForReview(IndividualServiceFund isf, ReviewReason reason, String detail, String raisedBy) {
        if (isf.status() != IsfStatus.ACTIVE) {
            return;
        }
        // Marked at once, so a second trigger before the process picks this one up does not ask again.
        isf.moveTo(IsfStatus.UNDER_REVIEW);
        engine.correlate(REVIEW_NEEDED, isf.reference(), Map.of("reviewReason", reason.name(),
                "reviewDetail", detail, "reviewRaisedBy", raisedBy));
        log.info("Review of {} asked for: {}", isf.reference(), reason);
    }

    private TaskView completeTask(IndividualServiceFund isf, String elementId, Map<String, Object> variables,
            Caller caller, String notWaiting) {
        List<TaskView> open = inbox.find(TaskQuery.open().forBusinessKey(isf.reference()).atElement(elementId));
        if (open.isEmpty()) {
            throw new Conflict("Individual service fund " + isf.reference() + " " + notWaiting + ".");
        }
        return inbox.complete(open.getFirst().taskKey(), variables, caller.user());
    }

    private IndividualServiceFund directedBy(String reference, Caller caller, String action) {
        IndividualServiceFund isf = load(reference);
        access.requireDirecting(isf, caller, action);
        return isf;
    }

    private IndividualServiceFund readable(String reference, Caller caller) {
        return access.visibleTo(load(reference), caller);
    }

    private void requireAdmitted(String providerReference) {
        try {
            if (providers.get(providerReference).status() != ProviderStatus.ADMITTED) {
                throw new InvalidInput("providerReference", "providerReference " + providerReference
                        + " is not admitted to the provider register");
            }
        } catch (NotFound e) {
            throw new InvalidInput("providerReference", "providerReference " + providerReference
                    + " is not a provider on the register");
        }
    }

    private static void requireActive(IndividualServiceFund isf, String action) {
        if (isf.status() != IsfStatus.ACTIVE) {
            throw new Conflict("Individual service fund " + isf.reference() + " is "
                    + isf.status().name().toLowerCase().replace('_', ' ') + "; it must be in place to " + action
                    + ".");
        }
    }

    private List<AgreementView> agreementsOf(IndividualServiceFund isf) {
        return agreements.findByIsfIdOrderById(isf.id()).stream().map(IsfAgreement::view).toList();
    }

    IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(() -> IsfAccess.notFound(reference));
    }
}
