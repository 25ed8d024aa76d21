package scot.commissioningflow.isf;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessLog;
import scot.commissioningflow.providers.ProviderRegister;

/**
 * Workers of the review loop: a review opened by the ledger, a change in needs or the annual timer; its outcome;
 * and a new budget signed as a variation of the live agreement (never a new agreement).
 */
@Component
public class IsfReviewWorkers {

    private static final Logger log = LoggerFactory.getLogger(IsfReviewWorkers.class);

    private final IsfRepository funds;
    private final IsfAgreementRepository agreements;
    private final IsfReviewRepository reviews;
    private final IsfLedger ledger;
    private final IsfPolicies policies;
    private final AgreementDocuments documents;
    private final ProviderRegister providers;
    private final IndividualServiceFunds service;
    private final LiveContracts liveContracts;
    private final Clock clock;

    IsfReviewWorkers(IsfRepository funds, IsfAgreementRepository agreements, IsfReviewRepository reviews,
            IsfLedger ledger, IsfPolicies policies, AgreementDocuments documents, ProviderRegister providers,
            IndividualServiceFunds service, LiveContracts liveContracts, Clock clock) {
        this.funds = funds;
        this.agreements = agreements;
        this.reviews = reviews;
        this.ledger = ledger;
        this.policies = policies;
        this.documents = documents;
        this.providers = providers;
        this.service = service;
        this.liveContracts = liveContracts;
        this.clock = clock;
    }

    /** Opens the review and hands the social worker's form what they need to see: the why, and the money. */
    @JobWorker(type = "open-isf-review")
    @Transactional
    public Map<String, Object> open(ActivatedJob job, @Variable String isfReference, @Variable String reviewReason,
            @Variable String reviewDetail, @Variable String reviewRaisedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            IsfReview review = reviews.findByElementInstanceKey(job.getElementInstanceKey()).orElseGet(() ->
                    reviews.save(new IsfReview(isf.id(), ReviewReason.valueOf(reviewReason), reviewDetail,
                            reviewRaisedBy, job.getElementInstanceKey(), clock.instant())));
            isf.moveTo(IsfStatus.UNDER_REVIEW);
            LedgerView money = service.currentLedger(isf);
            IsfAgreement live = liveAgreement(isf);
            Map<String, Object> forForm = new HashMap<>();
            forForm.put("reviewWhy", AgreementDocuments.reasonInWords(review.reason()) + ". " + review.detail());
            forForm.put("currentAnnualBudget", live.annualBudget());
            forForm.put("spentToDate", money.spentToDate());
            forForm.put("budgetToDate", money.budgetToDate());
            forForm.put("bankedBalance", money.bankedBalance());
            forForm.put("personalOutcomes", String.join("\n", isf.outcomes()));
            log.info("Review of {} opened: {}", isfReference, review.reason());
            return forForm;
        }
    }

    @JobWorker(type = "record-isf-review")
    @Transactional
    public Map<String, Object> record(ActivatedJob job, @Variable String isfReference,
            @Variable String reviewOutcome, @Variable BigDecimal newAnnualBudget, @Variable String reviewNotes,
            @Variable String reviewedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            boolean changeBudget = "CHANGE_BUDGET".equals(reviewOutcome)
                    && newAnnualBudget != null && newAnnualBudget.compareTo(liveAgreement(isf).annualBudget()) != 0;
            reviews.findFirstByIsfIdAndClosedAtIsNullOrderByIdDesc(isf.id()).ifPresent(review -> review.close(
                    reviewOutcome, changeBudget ? newAnnualBudget : null, reviewNotes, reviewedBy, clock.instant()));
            LocalDate today = LocalDate.now(clock);
            IsfPolicy policy = policies.inForceOn(today);
            LocalDate nextReview = today.plusMonths(isf.reviewIntervalMonths(policy));
            if (changeBudget) {
                isf.moveTo(IsfStatus.UNDER_REVIEW);
            } else {
                isf.reviewed(nextReview);
            }
            log.info("Review of {} recorded by {}: {}", isfReference, reviewedBy, reviewOutcome);
            return Map.of("budgetChanged", changeBudget, "reviewInterval", IsfSetUpWorkers.reviewInterval(isf, policy));
        }
    }

    @JobWorker(type = "prepare-isf-variation")
    @Transactional
    public Map<String, Object> prepareVariation(ActivatedJob job, @Variable String isfReference,
            @Variable BigDecimal newAnnualBudget) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            IsfAgreement live = liveAgreement(isf);
            LocalDate effectiveFrom = ledger.nextPeriodStart(isf, LocalDate.now(clock));
            IsfAgreement variation = agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(),
                            AgreementKind.VARIATION, AgreementStatus.AWAITING_SIGNATURES)
                    .orElseGet(() -> agreements.save(live.variation(live.contractReference() + "-V"
                                    + (agreements.countByVariesReference(live.contractReference()) + 1),
                            newAnnualBudget, effectiveFrom, clock.instant())));
            IsfReview review = reviews.findByIsfIdOrderById(isf.id()).getLast();
            var provider = providers.get(live.providerReference());
            log.info("Variation {} prepared: annual budget £{} to £{} from {}", variation.contractReference(),
                    live.annualBudget(), newAnnualBudget, variation.startsOn());
            return Map.of(
                    "contractReference", variation.contractReference(),
                    "contractTemplate", AgreementDocuments.VARIATION_TEMPLATE,
                    "contractFields", documents.variation(isf, variation, live, review),
                    "signatories", documents.signatories(isf, provider),
                    "signingDeadlineDays", policies.inForceOn(LocalDate.now(clock)).signingDeadlineDays());
        }
    }

    @JobWorker(type = "apply-isf-variation")
    @Transactional
    public void applyVariation(ActivatedJob job, @Variable String isfReference,
            @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            IsfAgreement variation = agreements.findByContractReference(contractReference).orElseThrow();
            if (variation.status() != AgreementStatus.LIVE) {
                IsfAgreement varied = agreements.findByContractReference(variation.variesReference()).orElseThrow();
                varied.varyBudget(variation.annualBudget());
                variation.goLive(BigDecimal.ZERO, BigDecimal.ZERO);
                ledger.rebudgetFrom(isf, variation.startsOn(), variation.annualBudget());
                liveContracts.vary(variation, "Budget changed after a review");
                LocalDate today = LocalDate.now(clock);
                isf.reviewed(today.plusMonths(isf.reviewIntervalMonths(policies.inForceOn(today))));
                log.info("Variation {} applied: £{} a year from {}", contractReference, variation.annualBudget(),
                        variation.startsOn());
            }
        }
    }

    private IsfAgreement liveAgreement(IndividualServiceFund isf) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT,
                AgreementStatus.LIVE).orElseThrow(() -> new IllegalStateException(
                        "ISF " + isf.reference() + " has no live agreement to review"));
    }

    private IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(
                () -> new IllegalStateException("ISF " + reference + " is not recorded"));
    }
}
