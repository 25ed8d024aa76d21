package scot.commissioningflow.monitoring;

/**
 * The names {@code processes/monitoring/} shares with Java: process ids, messages, job types and the element ids
 * the product and its tests look for. Renaming an element in a diagram means changing it here.
 */
public final class MonitoringProcess {

    /** One instance per live contract, business key the contract reference. */
    public static final String PROCESS_ID = "contract-monitoring";
    /** One review: the return, its checks, the officer's rating and any escalation. */
    public static final String REVIEW_PROCESS_ID = "monitoring-review";

    /** The tier's inputs changed (a grade imported, a complaint, a finding): the tier is decided again. */
    public static final String INPUTS_CHANGED = "monitoring-inputs-changed";
    /** The contract ended: its monitoring stops. */
    public static final String CONTRACT_ENDED = "monitoring-contract-ended";
    /** The provider sent the return a review asked for; correlated on the review's return key. */
    public static final String RETURN_SUBMITTED = "monitoring-return-submitted";

    // contract-monitoring
    public static final String GATHER_INPUTS = "GatherTierInputs";
    public static final String DECIDE_TIER = "DecideTier";
    public static final String PLAN_REVIEWS = "PlanReviews";
    /** The event-based gateway a contract waits at between reviews: the engine shows it, not its events, active. */
    public static final String WAIT_FOR_REVIEW = "WaitForReview";
    public static final String REVIEW_DUE = "ReviewDue";
    public static final String TIER_INPUTS_CHANGED = "TierInputsChanged";
    public static final String REVIEW = "Review";
    public static final String MONITORING_ENDED = "MonitoringEnded";

    // monitoring-review
    public static final String REQUEST_RETURN = "RequestReturn";
    public static final String RETURN_RECEIVED = "ReturnReceived";
    /** Non-interrupting: the provider is reminded a few days before its return is due. */
    public static final String RETURN_REMINDER_DUE = "ReturnReminderDue";
    public static final String REMIND_PROVIDER = "RemindProvider";
    /** The return's due day passed without it: the review goes on to the officer. */
    public static final String RETURN_OVERDUE = "ReturnOverdue";
    public static final String RECORD_RETURN_NOT_RECEIVED = "RecordReturnNotReceived";
    public static final String CHECK_RETURN = "CheckReturn";
    public static final String REVIEW_CONTRACT = "ReviewContract";
    public static final String RECORD_REVIEW = "RecordReview";
    public static final String PLAN_DUE = "ImprovementPlanDue";
    public static final String RECORD_FOLLOW_UP = "RecordFollowUp";
    public static final String AGREE_IMPROVEMENT_PLAN = "AgreeImprovementPlan";
    public static final String FOLLOW_UP_PLAN = "FollowUpImprovementPlan";
    public static final String DECLARE_DEFAULT = "DeclareDefault";
    public static final String SUSPEND_PLACEMENTS = "SuspendFromPlacements";
    public static final String REVIEW_DONE = "ReviewDone";
    public static final String CONTRACT_IN_DEFAULT = "ContractInDefault";

    private MonitoringProcess() {
    }
}
