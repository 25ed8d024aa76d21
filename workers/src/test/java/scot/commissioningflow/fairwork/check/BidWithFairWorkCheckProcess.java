package scot.commissioningflow.fairwork.check;

/**
 * The ids of the test-only caller {@code src/test/resources/processes/fairwork-test/bid-with-fair-work-check.bpmn}, a
 * tender-like process that gates a bid on the fair work check: the one place Java names them.
 */
final class BidWithFairWorkCheckProcess {

    static final String PROCESS_ID = "test-bid-with-fair-work-check";
    static final String BID_GOES_TO_EVALUATION = "BidGoesToEvaluation";
    static final String BID_EXCLUDED = "BidExcluded";

    private BidWithFairWorkCheckProcess() {
    }
}
