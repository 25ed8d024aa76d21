package scot.commissioningflow.commissioning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one place Java names parts of processes/commissioning/outcomes-based-tender.bpmn and the stage processes it
 * calls: their process ids, the messages correlated into them, and the element ids code and tests look for. Each
 * stage process has its own nested class; the top-level names the tender itself and, for the code that drives a whole
 * tender, the stage elements it reaches through the call activities. Renaming an element in a model means changing it
 * here, and nowhere else.
 */
public final class TenderProcess {

    public static final String PROCESS_ID = "outcomes-based-tender";

    /** Messages, correlated by tender reference. */
    public static final String CLARIFICATION_ASKED = ResponsePeriod.CLARIFICATION_ASKED;
    public static final String CHALLENGE_RECEIVED = AwardAndStandstill.CHALLENGE_RECEIVED;

    /** Human tasks completed through the tender API rather than the generic task inbox. */
    public static final String ANSWER_CLARIFICATION = ResponsePeriod.ANSWER_CLARIFICATION;
    public static final String SCORE_RESPONSES = Evaluation.SCORE_RESPONSES;
    public static final String MODERATE_SCORES = Evaluation.MODERATE_SCORES;
    public static final String DECIDE_AWARD = Evaluation.DECIDE_AWARD;

    /** Human tasks completed through the task inbox. */
    public static final String DECIDE_CONTINUITY = RouteAndNotices.DECIDE_CONTINUITY;
    public static final String CONFIRM_DIRECT_AWARD = DirectAward.CONFIRM_DIRECT_AWARD;
    public static final String DECIDE_NEXT_STEP = "DecideNextStep";
    public static final String REVIEW_CHALLENGE = AwardAndStandstill.REVIEW_CHALLENGE;

    /** Steps and events a tender passes through, as journeys and path tests follow them. */
    public static final String PUBLISH_CONTRACT_NOTICE = ResponsePeriod.PUBLISH_CONTRACT_NOTICE;
    public static final String RESPONSE_PERIOD = ResponsePeriod.RESPONSE_PERIOD;
    public static final String DURING_STANDSTILL = AwardAndStandstill.DURING_STANDSTILL;
    public static final String CHALLENGE_RECEIVED_EVENT = AwardAndStandstill.CHALLENGE_RECEIVED_EVENT;
    public static final String RECORD_CHALLENGE_OUTCOME = AwardAndStandstill.RECORD_CHALLENGE_OUTCOME;
    public static final String STANDSTILL_ENDS = AwardAndStandstill.STANDSTILL_ENDS;
    public static final String CONFIRM_AWARD = AwardAndStandstill.CONFIRM_AWARD;
    public static final String AWARD_SET_ASIDE = AwardAndStandstill.AWARD_SET_ASIDE;
    public static final String PUBLISH_AWARD_NOTICE = AwardAndStandstill.PUBLISH_AWARD_NOTICE;
    public static final String SIGN_CONTRACT = Contract.SIGN_CONTRACT;
    public static final String REGISTER_CONTRACT = Contract.REGISTER_CONTRACT;
    public static final String CONTRACT_LIVE = Contract.CONTRACT_LIVE;
    public static final String TENDER_CANCELLED = "TenderCancelled";

    /** The tender's own elements: a call activity per stage, and the gateways and ends between them. */
    public static final String ROUTE_STAGE = "RouteStage";
    public static final String SEEK_OFFERS = "SeekOffers";
    public static final String DIRECT_AWARD_STAGE = "DirectAwardStage";
    public static final String READY_TO_OPEN = "ReadyToOpen";
    public static final String RESPONSE_PERIOD_STAGE = "ResponsePeriodStage";
    public static final String EVALUATION_STAGE = "EvaluationStage";
    public static final String AWARD_DECIDED = "AwardDecided";
    public static final String RECORD_NEXT_STEP = "RecordNextStep";
    public static final String RETENDER = "Retender";
    public static final String AWARD_MADE = "AwardMade";
    public static final String AWARD_STAGE = "AwardStage";
    public static final String AWARD_STANDS = "AwardStands";
    public static final String TENDER_ENDS_AFTER_CHALLENGE = "TenderEndsAfterChallenge";
    public static final String CONTRACT_STAGE = "ContractStage";
    public static final String TENDER_CLOSED = "TenderClosed";

    /** The form the process's date timers read (response deadline, standstill end): ISO 8601 with an offset. */
    private static final DateTimeFormatter TIMER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private TenderProcess() {
    }

    public static String timerDate(Instant at) {
        return TIMER_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    /** processes/commissioning/tender-route-and-notices.bpmn: continuity, procurement route and notice duties. */
    public static final class RouteAndNotices {

        public static final String PROCESS_ID = "tender-route-and-notices";
        public static final String DECIDE_CONTINUITY = "DecideContinuity";
        public static final String RECORD_CONTINUITY = "RecordContinuity";
        public static final String CONTINUITY_KNOWN = "ContinuityKnown";
        public static final String LOOK_UP_THRESHOLDS = "LookUpThresholds";
        public static final String CHOOSE_ROUTE = "ChooseRoute";
        public static final String RECORD_ROUTE = "RecordRoute";
        public static final String ROUTE_DECIDED = "RouteDecided";

        private RouteAndNotices() {
        }
    }

    /** processes/commissioning/tender-response-period.bpmn: contract notice, clarifications, deadline, unsealing. */
    public static final class ResponsePeriod {

        public static final String PROCESS_ID = "tender-response-period";
        /** Message, correlated by tender reference. */
        public static final String CLARIFICATION_ASKED = "tender-clarification-asked";

        public static final String PUBLISH_CONTRACT_NOTICE = "PublishContractNotice";
        public static final String RESPONSE_PERIOD = "ResponsePeriod";
        public static final String CLARIFICATION_ASKED_EVENT = "ClarificationAsked";
        public static final String ANSWER_CLARIFICATION = "AnswerClarification";
        public static final String SHARE_CLARIFICATION = "ShareClarification";
        public static final String CLARIFICATION_SHARED = "ClarificationShared";
        public static final String RESPONSE_DEADLINE_PASSES = "ResponseDeadlinePasses";
        public static final String CLOSE_AND_UNSEAL = "CloseAndUnseal";
        public static final String RESPONSES_OPENED = "ResponsesOpened";

        private ResponsePeriod() {
        }
    }

    /**
     * processes/commissioning/tender-evaluation.bpmn: compliance, fair work, scoring, moderation, award decision, and
     * for a quick quote the recommended price's sustainability before the award is recorded.
     */
    public static final class Evaluation {

        public static final String PROCESS_ID = "tender-evaluation";
        public static final String ANY_COMPLIANT = "AnyCompliant";
        public static final String NOTHING_TO_EVALUATE = "NothingToEvaluate";
        public static final String NOTHING_TO_EVALUATE_ENDS = "NothingToEvaluateEnds";
        public static final String CHECK_EACH_RESPONSE = "CheckEachResponse";
        public static final String CHECK_FAIR_WORK = "CheckFairWork";
        public static final String RECORD_FAIR_WORK_RESULT = "RecordFairWorkResult";
        public static final String ANY_EVALUABLE = "AnyEvaluable";
        public static final String SCORE_RESPONSES = "ScoreResponses";
        public static final String MODERATE_SCORES = "ModerateScores";
        public static final String RANK_MODERATED = "RankModerated";
        public static final String AWARD_DECISION_NEEDED = "AwardDecisionNeeded";
        public static final String DECIDE_AWARD = "DecideAward";
        public static final String AWARD_APPROVED = "AwardApproved";
        public static final String MODERATION_NEEDED = "ModerationNeeded";
        public static final String QUICK_QUOTE = "QuickQuote";
        public static final String CHECK_QUICK_QUOTE_PRICE = "CheckQuickQuotePrice";
        public static final String PRICE_SUSTAINABLE = "PriceSustainable";
        public static final String AWARD_READY_TO_RECORD = "AwardReadyToRecord";
        public static final String RECORD_AWARD = "RecordAward";
        public static final String AWARD_RECORDED = "AwardRecorded";

        private Evaluation() {
        }
    }

    /** processes/commissioning/tender-direct-award.bpmn: a direct award under section 12. */
    public static final class DirectAward {

        public static final String PROCESS_ID = "tender-direct-award";
        public static final String CONFIRM_DIRECT_AWARD = "ConfirmDirectAward";
        public static final String ASSESS_DIRECT_AWARD = "AssessDirectAward";
        public static final String CHECK_DIRECT_AWARD_FAIR_WORK = "CheckDirectAwardFairWork";
        public static final String DIRECT_AWARD_SUSTAINABLE = "DirectAwardSustainable";
        public static final String RECORD_DIRECT_AWARD = "RecordDirectAward";
        public static final String DIRECTLY_AWARDED = "DirectlyAwarded";

        private DirectAward() {
        }
    }

    /** processes/commissioning/tender-award-and-standstill.bpmn: debriefs, standstill, challenges, award notice. */
    public static final class AwardAndStandstill {

        public static final String PROCESS_ID = "tender-award-and-standstill";
        /** Message, correlated by tender reference. */
        public static final String CHALLENGE_RECEIVED = "tender-standstill-challenge";

        public static final String SEND_DEBRIEFS = "SendDebriefs";
        public static final String STANDSTILL_APPLIES = "StandstillApplies";
        public static final String DURING_STANDSTILL = "DuringStandstill";
        public static final String CHALLENGE_RECEIVED_EVENT = "ChallengeReceived";
        public static final String REVIEW_CHALLENGE = "ReviewChallenge";
        public static final String RECORD_CHALLENGE_OUTCOME = "RecordChallengeOutcome";
        public static final String CHALLENGE_UPHELD = "ChallengeUpheld";
        public static final String STANDSTILL_RUNNING = "StandstillRunning";
        public static final String AWARD_SET_ASIDE = "AwardSetAside";
        public static final String STANDSTILL_ENDS = "StandstillEnds";
        public static final String STANDSTILL_OVER = "StandstillOver";
        public static final String CONFIRM_AWARD = "ConfirmAward";
        public static final String AWARD_NOTICE_DONE = "AwardNoticeDone";
        public static final String PUBLISH_AWARD_NOTICE = "PublishAwardNotice";
        public static final String AWARD_NOTICE_REMINDER = "AwardNoticeReminder";
        public static final String REMIND_AWARD_NOTICE_DUE = "RemindAwardNoticeDue";
        public static final String COMMISSIONER_REMINDED = "CommissionerReminded";
        public static final String AWARD_NOTICE_OVERDUE = "AwardNoticeOverdue";
        public static final String ESCALATE_OVERDUE_AWARD_NOTICE = "EscalateOverdueAwardNotice";
        public static final String OVERDUE_NOTICE_ESCALATED = "OverdueNoticeEscalated";
        public static final String AWARD_CONFIRMED = "AwardConfirmed";

        private AwardAndStandstill() {
        }
    }

    /** processes/commissioning/tender-contract.bpmn: the contract prepared, signed (contract-signing), registered. */
    public static final class Contract {

        public static final String PROCESS_ID = "tender-contract";
        public static final String SIGN_CONTRACT = "SignContract";
        public static final String SIGNED = "Signed";
        public static final String REGISTER_CONTRACT = "RegisterContract";
        public static final String CONTRACT_LIVE = "ContractLive";
        public static final String RECORD_NOT_SIGNED = "RecordNotSigned";
        public static final String CONTRACT_NOT_SIGNED = "ContractNotSigned";

        private Contract() {
        }
    }
}
