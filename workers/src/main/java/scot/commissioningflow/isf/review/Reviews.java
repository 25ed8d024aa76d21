package scot.commissioningflow.isf.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfPolicyInForce;
import scot.commissioningflow.isf.IsfPolicyView;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.isf.access.IsfAccess;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.agreement.AgreementView;
import scot.commissioningflow.isf.agreement.Agreements;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.isf.fund.IsfTasks;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.ledger.LedgerView;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.tasks.TaskView;

/**
 * Reviews of a fund in place: opened by the ledger, a change in needs or the scheduled timer; decided by the social
 * worker with the person; a new budget signed as a variation of the live agreement (never a new agreement).
 */
@Service
public class Reviews {

    private static final Logger log = LoggerFactory.getLogger(Reviews.class);

    private final IsfReviewRepository reviews;
    private final NeedsChangeRepository needsChanges;
    private final ReviewRequests requests;
    private final Funds funds;
    private final IsfAccess access;
    private final IsfTasks tasks;
    private final AgreementHistory history;
    private final Agreements agreements;
    private final Ledger ledger;
    private final IsfPolicyInForce policies;
    private final AuditTrail audit;
    private final Clock clock;

    Reviews(IsfReviewRepository reviews, NeedsChangeRepository needsChanges, ReviewRequests requests, Funds funds,
            IsfAccess access, IsfTasks tasks, AgreementHistory history, Agreements agreements, Ledger ledger,
            IsfPolicyInForce policies, AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.needsChanges = needsChanges;
        this.requests = requests;
        this.funds = funds;
        this.access = access;
        this.tasks = tasks;
        this.history = history;
        this.agreements = agreements;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the social worker's review form shows: the why, and the money. */
    public record ReviewForm(String reviewWhy, BigDecimal currentAnnualBudget, BigDecimal spentToDate,
            BigDecimal budgetToDate, BigDecimal bankedBalance, String personalOutcomes) {
    }

    /** Whether a variation is to be signed, and the timer to the next scheduled review. */
    public record ReviewRecorded(boolean budgetChanged, String reviewInterval) {
    }

    /** Every report is kept; a review opens only for a fund in place. */
    @Transactional
    public boolean reportNeedsChange(String reference, NeedsChangeReport report, SignedInPerson person) {
        IndividualServiceFund isf = access.visibleTo(funds.load(reference), person);
        needsChanges.save(new NeedsChange(isf.id(), person, report.description(), clock.instant()));
        if (isf.status() != IsfStatus.ACTIVE) {
            log.info("Change in needs for {} noted; the ISF is {} so no new review opens", reference, isf.status());
            return false;
        }
        requests.askFor(isf, ReviewReason.NEEDS_CHANGED, report.description(), person.username());
        return true;
    }

    @Transactional
    public TaskView decide(String reference, ReviewDecision decision, SignedInPerson person) {
        IndividualServiceFund isf = funds.load(reference);
        access.requireSocialWorker(isf, person, "record the outcome of a review");
        if (decision.changeBudget() && decision.newAnnualBudget() == null) {
            throw new InvalidInput("newAnnualBudget", "newAnnualBudget is needed when the review changes the budget");
        }
        TaskView done = tasks.complete(isf, IsfProcess.REVIEW_ISF, decision.asSubmission(), person,
                "has no review waiting for a decision");
        audit.record(person, AuditEntry.of("isf.review-decided", "isf", reference, (decision.changeBudget()
                ? "The yearly budget changes to £" + decision.newAnnualBudget().toPlainString()
                        + ", to be signed as a variation: "
                : "The budget stays as it is: ") + decision.notes()).inProcess(done.processInstanceKey()));
        return done;
    }

    /** Opened once per review step, however often the engine delivers it. */
    @Transactional
    public ReviewForm open(String isfReference, ReviewReason reason, String detail, String raisedBy,
            long elementInstanceKey) {
        IndividualServiceFund isf = funds.loadLocked(isfReference);
        IsfReview review = reviews.findByElementInstanceKey(elementInstanceKey).orElseGet(() -> reviews.save(
                new IsfReview(isf.id(), reason, detail, raisedBy, elementInstanceKey, clock.instant())));
        isf.moveTo(IsfStatus.UNDER_REVIEW);
        LedgerView money = ledger.current(isf);
        log.info("Review of {} opened: {}", isfReference, review.reason());
        return new ReviewForm(review.reason().inWords() + ". " + review.detail(),
                live(isf).annualBudget(), money.spentToDate(), money.budgetToDate(), money.bankedBalance(),
                String.join("\n", isf.outcomes()));
    }

    @Transactional
    public ReviewRecorded record(String isfReference, String outcome, BigDecimal newAnnualBudget, String notes,
            String reviewedBy) {
        IndividualServiceFund isf = funds.load(isfReference);
        boolean changeBudget = changesTheBudget(outcome, newAnnualBudget, live(isf).annualBudget());
        reviews.findFirstByIsfIdAndClosedAtIsNullOrderByIdDesc(isf.id()).ifPresent(review -> review.close(
                outcome, changeBudget ? newAnnualBudget : null, notes, reviewedBy, clock.instant()));
        IsfPolicyView policy = policies.on(LocalDate.now(clock));
        if (changeBudget) {
            isf.moveTo(IsfStatus.UNDER_REVIEW);
        } else {
            isf.reviewed(nextReview(isf, policy));
        }
        log.info("Review of {} recorded by {}: {}", isfReference, reviewedBy, outcome);
        return new ReviewRecorded(changeBudget, isf.reviewInterval(policy));
    }

    @Transactional
    public Agreements.PreparedVariation prepareVariation(String isfReference, BigDecimal newAnnualBudget) {
        IndividualServiceFund isf = funds.load(isfReference);
        IsfReview review = reviews.findByIsfIdOrderById(isf.id()).getLast();
        return agreements.prepareVariation(isf, newAnnualBudget, review.reason().inWords(), review.notes());
    }

    /** The signed variation is applied, and the review is over: the fund is back in place. */
    @Transactional
    public void applyVariation(String isfReference, String contractReference) {
        IndividualServiceFund isf = funds.load(isfReference);
        if (agreements.applyVariation(isf, contractReference)) {
            isf.reviewed(nextReview(isf, policies.on(LocalDate.now(clock))));
        }
    }

    @Transactional(readOnly = true)
    public List<ReviewView> of(IndividualServiceFund isf) {
        return reviews.findByIsfIdOrderById(isf.id()).stream().map(IsfReview::view).toList();
    }

    /** Only a decision to change the budget to a different figure is signed as a variation. */
    static boolean changesTheBudget(String outcome, BigDecimal newAnnualBudget, BigDecimal liveAnnualBudget) {
        return "CHANGE_BUDGET".equals(outcome) && newAnnualBudget != null
                && newAnnualBudget.compareTo(liveAnnualBudget) != 0;
    }

    private LocalDate nextReview(IndividualServiceFund isf, IsfPolicyView policy) {
        return LocalDate.now(clock).plusMonths(isf.reviewIntervalMonths(policy));
    }

    private AgreementView live(IndividualServiceFund isf) {
        return history.live(isf.id()).orElseThrow(() -> new IllegalStateException(
                "ISF " + isf.reference() + " has no live agreement to review"));
    }
}
