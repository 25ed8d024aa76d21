package scot.commissioningflow.providers;

/**
 * The names Java code uses for processes/providers/provider-registration.bpmn, kept here only, so a renamed element
 * is changed in one place.
 */
public final class ProviderRegistrationProcess {

    public static final String PROCESS_ID = "provider-registration";

    public static final String RECORD_REGISTRATION = "RecordRegistration";
    public static final String CHECK_CARE_INSPECTORATE = "CheckCareInspectorate";
    /** The procurement officer's review, a human step in the task inbox. */
    public static final String REVIEW_REGISTRATION = "ReviewRegistration";
    public static final String RECORD_DECISION = "RecordDecision";
    public static final String PROVIDER_ADMITTED = "ProviderAdmitted";
    public static final String REGISTRATION_DECLINED = "RegistrationDeclined";

    /** The review form's answer that admits the provider; anything else declines. */
    public static final String ADMIT = "admit";

    private ProviderRegistrationProcess() {
    }
}
