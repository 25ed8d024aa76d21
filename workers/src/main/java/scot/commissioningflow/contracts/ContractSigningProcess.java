package scot.commissioningflow.contracts;

/**
 * The names Java code uses for processes/contracts/contract-signing.bpmn, kept here only, so a renamed element is
 * changed in one place. A caller maps its {@link ContractRequest} into the call activity as {@link #REQUEST}.
 */
public final class ContractSigningProcess {

    public static final String PROCESS_ID = "contract-signing";
    /** The one input variable: a {@link ContractRequest}. */
    public static final String REQUEST = "contractRequest";
    /** Published, keyed by the contract reference, once every party has signed. */
    public static final String ALL_SIGNED_MESSAGE = "contract-signed";

    public static final String GENERATE_CONTRACT = "GenerateContract";
    public static final String REQUEST_SIGNATURES = "RequestSignatures";
    public static final String ALL_PARTIES_SIGNED = "AllPartiesSigned";
    public static final String REMINDER_DUE = "ReminderDue";
    public static final String REMIND_PARTIES = "RemindParties";
    public static final String SIGNING_DEADLINE_PASSED = "SigningDeadlinePassed";
    public static final String LAPSE_SIGNING = "LapseSigning";
    public static final String CONTRACT_SIGNED = "ContractSigned";
    public static final String CONTRACT_NOT_SIGNED = "ContractNotSigned";
    /** The last signature came in the moment the deadline passed: signed all the same. */
    public static final String CONTRACT_SIGNED_AT_DEADLINE = "ContractSignedAtDeadline";

    private ContractSigningProcess() {
    }
}
