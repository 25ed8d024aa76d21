package scot.commissioningflow.fairwork.uplift;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Pay uplift reviews that found contracts needing an uplift and were not yet decided when the engine lost their
 * process: they start again at finding the contracts, which answers with what it found then, so the commissioner's
 * task comes back with the same list.
 */
@Component
class UpliftReviewResumption implements ResumableRecords {

    private final StoredUpliftReviewRepository reviews;

    UpliftReviewResumption(StoredUpliftReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return reviews.findByDecisionIsNullOrderById().stream().map(StoredUpliftReview::view)
                .filter(review -> review.processInstanceKey() != null && !review.review().upliftsNeeded().isEmpty())
                .map(review -> RecordInFlight.resumeBefore(PayUpliftReviewProcess.PROCESS_ID, "uplift-review",
                        review.reviewKey(), review.processInstanceKey(),
                        PayUpliftReviewProcess.FIND_CONTRACTS_NEEDING_UPLIFT,
                        new UpliftReviews.ReviewStart(review.reviewKey(), review.effectiveFrom().toString())))
                .toList();
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        reviews.findByReviewKey(record.reference()).orElseThrow().resumedAs(newProcessInstanceKey);
    }
}
