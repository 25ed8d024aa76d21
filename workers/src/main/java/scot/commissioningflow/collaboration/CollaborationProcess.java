package scot.commissioningflow.collaboration;

/**
 * The names the collaboration funding processes ({@code processes/collaboration/}) share with Java: process ids,
 * the message a report sends, and the element ids the product and its tests look for. Renaming an element in a
 * diagram means changing it here, and nowhere else.
 */
public final class CollaborationProcess {

    /** The round, from opening to its close. */
    public static final String ROUND_PROCESS_ID = "collaboration-funding";
    /** One application's eligibility (a call activity of the round, once per application). */
    public static final String ELIGIBILITY_PROCESS_ID = "collaboration-eligibility";
    /** The panel's assessment of the round's eligible applications. */
    public static final String PANEL_PROCESS_ID = "collaboration-panel";
    /** One grant, from its agreement to its close or clawback. */
    public static final String GRANT_PROCESS_ID = "collaboration-grant";
    /** One milestone of a grant: its stage paid, its report awaited, reminded, escalated and assessed. */
    public static final String MILESTONE_PROCESS_ID = "collaboration-milestone";

    /** Published when a provider sends a progress and spend report, correlated on the milestone's report key. */
    public static final String REPORT_SUBMITTED = "collaboration-report-submitted";
    /** The BPMN error a milestone throws when money is to be recovered. */
    public static final String CLAWBACK_ERROR = "COLLABORATION_CLAWBACK";

    // collaboration-funding
    public static final String ROUND_OPENS = "RoundOpens";
    public static final String OPEN_ROUND = "OpenRound";
    public static final String APPLICATIONS_CLOSE = "ApplicationsClose";
    public static final String CLOSE_APPLICATIONS = "CloseApplications";
    public static final String CHECK_ELIGIBILITY = "CheckEligibility";
    public static final String ASSESS_APPLICATIONS = "AssessApplications";
    public static final String DECIDE_AWARDS = "DecideAwards";
    public static final String MANAGE_GRANTS = "ManageGrants";
    public static final String CLOSE_ROUND = "CloseRound";
    public static final String ROUND_CLOSED = "RoundClosed";

    // collaboration-eligibility
    public static final String CHECK_REGISTERS = "CheckRegisters";
    public static final String FAIR_WORK_CHECK = "FairWorkCheck";
    public static final String RECORD_ELIGIBILITY = "RecordEligibility";

    // collaboration-panel
    public static final String SCORE_APPLICATIONS = "ScoreApplications";
    public static final String MODERATE_SCORES = "ModerateScores";
    public static final String RANK_APPLICATIONS = "RankApplications";

    // collaboration-grant
    public static final String PREPARE_AGREEMENT = "PrepareAgreement";
    public static final String SIGN_AGREEMENT = "SignAgreement";
    public static final String RECORD_SIGNING = "RecordSigning";
    public static final String GRANT_LAPSED = "GrantLapsed";
    public static final String MILESTONES = "Milestones";
    public static final String MONEY_TO_RECOVER = "MoneyToRecover";
    public static final String CLAW_BACK = "ClawBack";
    public static final String GRANT_CLAWED_BACK = "GrantClawedBack";
    public static final String CLOSE_GRANT = "CloseGrant";
    public static final String GRANT_COMPLETED = "GrantCompleted";

    // collaboration-milestone
    public static final String PAY_STAGE = "PayStage";
    public static final String REPORT_RECEIVED = "ReportReceived";
    public static final String REPORT_REMINDER = "ReportReminder";
    public static final String REMIND_REPORT = "RemindReport";
    public static final String REPORT_OVERDUE = "ReportOverdue";
    public static final String ESCALATE_REPORT = "EscalateReport";
    public static final String LATE_REPORT_RECEIVED = "LateReportReceived";
    public static final String REPORT_MISSING = "ReportMissing";
    public static final String ASSESS_REPORT = "AssessReport";
    public static final String MILESTONE_MET = "MilestoneMet";

    private CollaborationProcess() {
    }
}
