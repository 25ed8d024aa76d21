package scot.commissioningflow.frameworks;

/**
 * The names Java shares with processes/frameworks/framework-agreement.bpmn and its call activity
 * framework-admission.bpmn (one provider's application to one lot): ids, messages and the element ids the product
 * and its tests look for. Renaming an element in a diagram means changing it here, and nowhere else.
 */
public final class FrameworkAgreementProcess {

    public static final String PROCESS_ID = "framework-agreement";
    public static final String ADMISSION_PROCESS_ID = "framework-admission";

    /** Messages, correlated on the framework reference. */
    public static final String REOPEN_REQUESTED = "framework-reopen-requested";
    public static final String UPLIFT_REQUESTED = "framework-uplift-requested";

    /** Steps of the framework, in the order a provider meets them. */
    public static final String OPEN_ROUND = "OpenRound";
    public static final String APPLICATIONS_CLOSE = "ApplicationsClose";
    public static final String CLOSE_ROUND = "CloseRound";
    public static final String ASSESS_APPLICATIONS = "AssessApplications";
    public static final String FRAMEWORK_LIVE = "FrameworkLive";
    public static final String WHILE_LIVE = "WhileLive";
    public static final String REOPENING_DUE = "ReopeningDue";
    public static final String REOPEN_ON_DEMAND = "ReopenOnDemand";
    public static final String TERM_ENDS = "TermEnds";
    public static final String END_FRAMEWORK = "EndFramework";
    public static final String SIGN_PRICE_VARIATION = "SignPriceVariation";
    public static final String REISSUE_PRICE_SCHEDULE = "ReissuePriceSchedule";

    /** Steps of one application. */
    public static final String CHECK_REGISTRATION = "CheckRegistration";
    public static final String FAIR_WORK_CHECK = "FairWorkCheck";
    public static final String ADMIT = "Admit";
    public static final String REFUSE = "Refuse";

    private FrameworkAgreementProcess() {
    }
}
