package scot.commissioningflow.fairwork.uplift;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.tasks.TaskCompletedInInbox;

/**
 * The yearly pay uplift review as a process: find the live contracts a new pay floor leaves short, then a
 * commissioner agrees the uplifts (or not) with reasons. Each step is keyed by the review key.
 */
@Service
public class UpliftReviews {


    private static final Logger log = LoggerFactory.getLogger(UpliftReviews.class);

    private final PayUplifts uplifts;
    private final StoredUpliftReviewRepository reviews;
    private final ProcessEngine engine;
    private final Clock clock;
    private final AuditTrail audit;

    UpliftReviews(PayUplifts uplifts, StoredUpliftReviewRepository reviews, ProcessEngine engine, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.uplifts = uplifts;
        this.reviews = reviews;
        this.engine = engine;
        this.clock = clock;
    }

    public record ReviewStarted(String reviewKey, long processInstanceKey) {
    }

    /** What the review's process starts with. */
    record ReviewStart(String upliftReviewKey, String upliftEffectiveFrom) {
    }

    public ReviewStarted start(LocalDate effectiveFrom) {
        String key = "UPLIFT-" + effectiveFrom + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long instance = engine.start(PayUpliftReviewProcess.PROCESS_ID, key,
                new ReviewStart(key, effectiveFrom.toString()));
        return new ReviewStarted(key, instance);
    }

    /** What the review's process is told it found, named as its gateway and the commissioner's form read it. */
    public record Found(String upliftSummary, List<UpliftReview.UpliftNeeded> upliftsNeeded, int upliftCount) {
    }

    /** Finds the contracts needing an uplift once per review key; asked again, answers with what it found then. */
    @Transactional
    Found find(String reviewKey, LocalDate effectiveFrom, long processInstanceKey) {
        StoredUpliftReview review = reviews.findByReviewKey(reviewKey).orElseGet(() -> {
            UpliftReview found = uplifts.forLiveContracts(effectiveFrom);
            log.info("Pay uplift review {}: {}", reviewKey, found.summary());
            return reviews.save(new StoredUpliftReview(reviewKey, effectiveFrom, found, processInstanceKey,
                    clock.instant()));
        });
        UpliftReview found = review.review();
        return new Found(found.summary(), found.upliftsNeeded(), found.upliftsNeeded().size());
    }

    @Transactional
    void decide(String reviewKey, UpliftDecision decision, String notes, String by) {
        StoredUpliftReview review = reviews.findByReviewKey(reviewKey).orElseThrow(() -> new IllegalStateException(
                "Pay uplift review " + reviewKey + " has not been recorded yet"));
        if (review.decided()) {
            return;
        }
        review.decide(decision, notes, by, clock.instant());
        log.info("Pay uplift review {} decided by {}: {}", reviewKey, by, decision);
    }

    /**
     * The commissioner's uplift decision, completed in the task inbox, kept in the audit trail under their name in
     * the same transaction; the review records it when the process reaches its next step.
     */
    @EventListener
    @Transactional
    void upliftDecided(TaskCompletedInInbox completed) {
        if (!completed.isAt(PayUpliftReviewProcess.PROCESS_ID, PayUpliftReviewProcess.AGREE_PAY_UPLIFTS)) {
            return;
        }
        audit.record(completed.by(), AuditEntry.of("pay-uplift.decided", "uplift-review",
                completed.task().businessKey(), completed.submission().get("upliftDecision") + ": "
                        + completed.submission().get("upliftDecisionNotes"))
                .inProcess(completed.task().processInstanceKey()));
    }

    @Transactional(readOnly = true)
    public UpliftReviewRecord get(String reviewKey) {
        return reviews.findByReviewKey(reviewKey).map(StoredUpliftReview::view)
                .orElseThrow(() -> new NotFound("There is no pay uplift review " + reviewKey + "."));
    }
}
