package scot.commissioningflow.fairwork.check;

/** The ids of {@code processes/fairwork/fair-work-check.bpmn} that Java refers to: the one place they are named. */
public final class FairWorkCheckProcess {

    public static final String PROCESS_ID = "fair-work-check";
    public static final String CHECK_FAIR_WORK = "CheckFairWork";
    public static final String FAIR_WORK_CHECKED = "FairWorkChecked";
    public static final String REVIEW_FAIR_WORK_EVIDENCE = "ReviewFairWorkEvidence";
    public static final String RECORD_FAIR_WORK_REVIEW = "RecordFairWorkReview";
    public static final String FAIR_WORK_DECIDED_BY_OFFICER = "FairWorkDecidedByOfficer";

    private FairWorkCheckProcess() {
    }
}
