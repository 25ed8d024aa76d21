package scot.commissioningflow.commissioning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one place Java names parts of processes/commissioning/outcomes-based-tender.bpmn (and the stage processes it
 * calls): its process id, the messages correlated into it, and the element ids code and tests look for. Renaming an
 * element in the model means changing it here, and nowhere else.
 */
public final class TenderProcess {

    public static final String PROCESS_ID = "outcomes-based-tender";

    /** Messages, correlated by tender reference. */
    public static final String CLARIFICATION_ASKED = "tender-clarification-asked";
    public static final String CHALLENGE_RECEIVED = "tender-standstill-challenge";

    /** Human tasks completed through the tender API rather than the generic task inbox. */
    public static final String ANSWER_CLARIFICATION = "AnswerClarification";
    public static final String SCORE_RESPONSES = "ScoreResponses";
    public static final String MODERATE_SCORES = "ModerateScores";
    public static final String DECIDE_AWARD = "DecideAward";

    /** Human tasks completed through the task inbox. */
    public static final String DECIDE_CONTINUITY = "DecideContinuity";
    public static final String CONFIRM_DIRECT_AWARD = "ConfirmDirectAward";
    public static final String DECIDE_NEXT_STEP = "DecideNextStep";
    public static final String REVIEW_CHALLENGE = "ReviewChallenge";

    /** Steps and events a tender passes through, as journeys and path tests follow them. */
    public static final String PUBLISH_CONTRACT_NOTICE = "PublishContractNotice";
    public static final String RESPONSE_PERIOD = "ResponsePeriod";
    public static final String DURING_STANDSTILL = "DuringStandstill";
    public static final String CHALLENGE_RECEIVED_EVENT = "ChallengeReceived";
    public static final String RECORD_CHALLENGE_OUTCOME = "RecordChallengeOutcome";
    public static final String STANDSTILL_ENDS = "StandstillEnds";
    public static final String CONFIRM_AWARD = "ConfirmAward";
    public static final String AWARD_SET_ASIDE = "AwardSetAside";
    public static final String PUBLISH_AWARD_NOTICE = "PublishAwardNotice";
    public static final String SIGN_CONTRACT = "SignContract";
    public static final String REGISTER_CONTRACT = "RegisterContract";
    public static final String CONTRACT_LIVE = "ContractLive";
    public static final String TENDER_CANCELLED = "TenderCancelled";

    /** The form the process's date timers read (response deadline, standstill end): ISO 8601 with an offset. */
    private static final DateTimeFormatter TIMER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private TenderProcess() {
    }

    public static String timerDate(Instant at) {
        return TIMER_DATE.format(at.atOffset(ZoneOffset.UTC));
    }
}
