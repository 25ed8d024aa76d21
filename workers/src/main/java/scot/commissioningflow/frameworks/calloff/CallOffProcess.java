package scot.commissioningflow.frameworks.calloff;

/**
 * The one place Java names parts of processes/frameworks/call-off.bpmn and the call activities it calls
 * (call-off-mini-competition.bpmn, call-off-contract.bpmn): process ids and the element ids code and tests look for.
 */
public final class CallOffProcess {

    public static final String PROCESS_ID = "call-off";

    public static final String LOOK_UP_THRESHOLDS = "LookUpCallOffThresholds";
    public static final String CHOOSE_ROUTE = "ChooseCallOffRoute";
    public static final String RECORD_ROUTE = "RecordCallOffRoute";
    public static final String SELECT_PROVIDER = "SelectProvider";
    public static final String MINI_COMPETITION = "MiniCompetition";
    public static final String PUBLISH_AWARD_NOTICE = "PublishCallOffAwardNotice";
    public static final String CONTRACT = "CallOffContract";
    public static final String CALLED_OFF = "CalledOff";
    public static final String NOT_AWARDED = "NotAwarded";

    private CallOffProcess() {
    }

    /** processes/frameworks/call-off-mini-competition.bpmn: invitation, responses, fair work, evaluation. */
    public static final class MiniCompetition {

        public static final String PROCESS_ID = "call-off-mini-competition";
        public static final String INVITE_MEMBERS = "InviteMembers";
        public static final String RESPONSES_CLOSE = "ResponsesClose";
        public static final String CLOSE_RESPONSES = "CloseResponses";
        public static final String CHECK_FAIR_WORK = "CheckResponseFairWork";
        public static final String DECIDE_AWARD = "DecideCallOffAward";
        public static final String NO_RESPONSES = "NoResponses";
        public static final String SHORTLIST = "ShortlistFairResponses";
        public static final String NO_FAIR_RESPONSES = "NoFairResponses";
        public static final String AWARD_DECIDED = "AwardDecided";

        private MiniCompetition() {
        }
    }

    /**
     * processes/frameworks/call-off-award-notice.bpmn: the award notice, with commissioning's reminders while it is
     * not yet published.
     */
    public static final class AwardNotice {

        public static final String PROCESS_ID = "call-off-award-notice";
        public static final String FIX_DUE_DAY = "FixAwardNoticeDue";
        public static final String PUBLISH = "PublishTheAwardNotice";
        public static final String REMINDER = "AwardNoticeReminder";
        public static final String OVERDUE = "AwardNoticeOverdue";
        public static final String COMMISSIONER_REMINDED = "CommissionerReminded";
        public static final String OVERDUE_ESCALATED = "OverdueNoticeEscalated";

        private AwardNotice() {
        }
    }

    /** processes/frameworks/call-off-contract.bpmn: the call-off contract prepared, signed and registered. */
    public static final class Contract {

        public static final String PROCESS_ID = "call-off-contract";
        public static final String PREPARE_CONTRACT = "PrepareCallOffContract";
        public static final String SIGN_CONTRACT = "SignCallOffContract";
        public static final String REGISTER_CONTRACT = "RegisterCallOffContract";
        public static final String CONTRACT_LIVE = "CallOffContractLive";
        public static final String CONTRACT_NOT_SIGNED = "CallOffContractNotSigned";
        public static final String CONTRACT_SIGNED = "CallOffContractSigned";

        private Contract() {
        }
    }
}
