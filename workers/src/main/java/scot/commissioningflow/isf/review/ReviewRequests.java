package scot.commissioningflow.isf.review;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.platform.process.ProcessEngine;

/** Asks the process for a review of a fund in place; the ledger and a reported change in needs both ask here. */
@Component
public class ReviewRequests {

    private static final Logger log = LoggerFactory.getLogger(ReviewRequests.class);

    private final ProcessEngine engine;
    private final EntityManager entities;

    ReviewRequests(ProcessEngine engine, EntityManager entities) {
        this.engine = engine;
        this.entities = entities;
    }

    /** Callers hold the transaction. A fund not in place (already under review, changing, closed) is not asked. */
    public void askFor(IndividualServiceFund isf, ReviewReason reason, String detail, String raisedBy) {
        if (isf.status() != IsfStatus.ACTIVE) {
            return;
        }
        // Marked at once, so a second trigger before the process picks this one up does not ask again.
        isf.moveTo(IsfStatus.UNDER_REVIEW);
        // Written now, so this transaction holds the fund's row before the engine starts the review: the review
        // step, which loads the fund locked, then waits for it to commit and sees the fund as it left it.
        entities.flush();
        engine.correlate(IsfProcess.REVIEW_NEEDED, isf.reference(),
                new ReviewNeeded(reason.name(), detail, raisedBy));
        log.info("Review of {} asked for: {}", isf.reference(), reason);
    }

    /** Why a review is asked for, as the review task shows it. */
    record ReviewNeeded(String reviewReason, String reviewDetail, String reviewRaisedBy) {
    }
}
