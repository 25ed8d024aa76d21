package scot.commissioningflow.commissioning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.ResponsePeriod;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-response-period: the contract notice where due, clarifications while sealed, and the deadline. */
@OwnEngine
class TenderResponsePeriodPathTest {

    private static final String PROCESS = ResponsePeriod.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    /** The engine's clock only moves forward, across every test of the class: deadlines are set from where it is. */
    private static Duration clockMoved = Duration.ZERO;

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("publish-contract-notice", job -> Map.of("contractNoticeId", "PCS-1"));
        paths.answer("close-and-unseal-responses", job -> null);
        paths.answer("share-clarification-answer", job -> null);
    }

    @Test
    void aNoticeIsPublishedWhereTheRouteNeedsOneAndResponsesOpenAtTheDeadline() {
        long period = paths.start(PROCESS, tender("TND-R1", true));
        paths.complete(period, "open-tender-for-responses", deadlineInDays(30));

        paths.assertWaitingAt(period, ResponsePeriod.RESPONSE_DEADLINE_PASSES);
        paths.assertPassed(period, ResponsePeriod.PUBLISH_CONTRACT_NOTICE);
        passTime(Duration.ofDays(31));

        paths.awaitCompleted(period);
        paths.assertPassed(period, ResponsePeriod.RESPONSE_DEADLINE_PASSES, ResponsePeriod.CLOSE_AND_UNSEAL,
                ResponsePeriod.RESPONSE_PERIOD, ResponsePeriod.RESPONSES_OPENED);
    }

    @Test
    void withoutANoticeDutyNoNoticeIsPublished() {
        long period = paths.start(PROCESS, tender("TND-R2", false));
        paths.complete(period, "open-tender-for-responses", deadlineInDays(30));

        paths.assertWaitingAt(period, ResponsePeriod.RESPONSE_DEADLINE_PASSES);
        paths.assertNotPassed(period, ResponsePeriod.PUBLISH_CONTRACT_NOTICE);
        passTime(Duration.ofDays(31));
        paths.awaitCompleted(period);
    }

    @Test
    void aClarificationIsAnsweredAndSharedWhileResponsesStaySealed() {
        long period = paths.start(PROCESS, tender("TND-R3", true));
        paths.complete(period, "open-tender-for-responses", deadlineInDays(30));
        paths.assertWaitingAt(period, ResponsePeriod.RESPONSE_DEADLINE_PASSES);

        paths.publishMessage(ResponsePeriod.CLARIFICATION_ASKED, "TND-R3", Map.of("clarificationId", 5,
                "clarificationQuestion", "May a consortium respond?"));
        paths.completeUserTask(period, ResponsePeriod.ANSWER_CLARIFICATION, Map.of("clarificationAnswer", "Yes.",
                "completedBy", "morag.fraser"));

        paths.assertPassed(period, ResponsePeriod.CLARIFICATION_ASKED_EVENT, ResponsePeriod.SHARE_CLARIFICATION,
                ResponsePeriod.CLARIFICATION_SHARED);
        paths.assertWaitingAt(period, ResponsePeriod.RESPONSE_DEADLINE_PASSES);
        paths.assertNotPassed(period, ResponsePeriod.CLOSE_AND_UNSEAL);
        passTime(Duration.ofDays(31));
        paths.awaitCompleted(period);
    }

    private static void passTime(Duration duration) {
        paths.passTime(duration);
        clockMoved = clockMoved.plus(duration);
    }

    private static Map<String, Object> tender(String reference, boolean noticeRequired) {
        return Map.of("businessKey", reference, "tenderReference", reference,
                "contractNoticeRequired", noticeRequired);
    }

    private static Map<String, Object> deadlineInDays(int days) {
        return Map.of("responseDeadline", Instant.now().plus(clockMoved).plus(days, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toString());
    }
}
