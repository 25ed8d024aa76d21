package scot.commissioningflow.fairwork.uplift;

/** The ids of {@code processes/fairwork/pay-uplift-review.bpmn} that Java refers to: the one place they are named. */
public final class PayUpliftReviewProcess {

    public static final String PROCESS_ID = "pay-uplift-review";
    public static final String FIND_CONTRACTS_NEEDING_UPLIFT = "FindContractsNeedingUplift";
    public static final String NO_UPLIFT_NEEDED = "NoUpliftNeeded";
    public static final String AGREE_PAY_UPLIFTS = "AgreePayUplifts";
    public static final String RECORD_UPLIFT_DECISION = "RecordUpliftDecision";
    public static final String UPLIFT_DECIDED = "UpliftDecided";

    private PayUpliftReviewProcess() {
    }
}
