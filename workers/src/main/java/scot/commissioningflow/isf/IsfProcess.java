package scot.commissioningflow.isf;

/**
 * The names the Option 2 process ({@code processes/isf/option2-individual-service-fund.bpmn}) shares with Java: its
 * id, the messages the API sends it, and the element ids the product and its tests look for. Renaming an element in
 * the diagram means changing it here, and nowhere else.
 */
public final class IsfProcess {

    public static final String PROCESS_ID = "option2-individual-service-fund";

    /** Messages, each correlated on the ISF reference. */
    public static final String REVIEW_NEEDED = "isf-review-needed";
    public static final String PROVIDER_CHANGE_REQUESTED = "isf-provider-change-requested";
    public static final String ENDING = "isf-ending";

    /** Human steps, completed through the ISF API. */
    public static final String RECORD_CHOICE = "RecordChoice";
    public static final String PROVIDER_ACCEPTANCE = "ProviderAcceptance";
    public static final String REVIEW_ISF = "ReviewIsf";

    /** Steps the process passes through, in the order a person meets them. */
    public static final String SAVE_CHOICE = "SaveChoice";
    public static final String RECORD_ACCEPTANCE = "RecordAcceptance";
    public static final String FAIR_WORK_CHECK = "FairWorkCheck";
    public static final String PROVIDER_UNAVAILABLE = "ProviderUnavailable";
    public static final String PREPARE_AGREEMENT = "PrepareAgreement";
    public static final String SIGN_AGREEMENT = "SignAgreement";
    public static final String RECORD_SIGNING = "RecordSigning";
    public static final String AGREEMENT_SIGNED = "AgreementSigned";
    public static final String AGREEMENT_STARTS = "AgreementStarts";
    public static final String ACTIVATE_AGREEMENT = "ActivateAgreement";
    /** Where every path back to the fund in place joins, just before it waits for a review or a change. */
    public static final String LIVE_MERGE = "LiveMerge";
    public static final String WHILE_IN_PLACE = "WhileInPlace";
    public static final String REVIEW_NEEDED_EVENT = "ReviewNeeded";
    public static final String ANNUAL_REVIEW_DUE = "AnnualReviewDue";
    public static final String OPEN_REVIEW = "OpenReview";
    public static final String RECORD_REVIEW = "RecordReview";
    public static final String PREPARE_VARIATION = "PrepareVariation";
    public static final String SIGN_VARIATION = "SignVariation";
    public static final String RECORD_VARIATION_SIGNING = "RecordVariationSigning";
    public static final String APPLY_VARIATION = "ApplyVariation";
    public static final String PROVIDER_CHANGE_EVENT = "ProviderChangeRequested";
    public static final String GIVE_NOTICE = "GiveNotice";
    public static final String ENDING_EVENT = "EndingRequested";
    public static final String CLOSE_ISF = "CloseIsf";
    public static final String ISF_CLOSED = "IsfClosed";

    private IsfProcess() {
    }
}
