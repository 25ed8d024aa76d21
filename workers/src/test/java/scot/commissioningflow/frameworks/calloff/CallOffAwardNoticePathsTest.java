package scot.commissioningflow.frameworks.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.frameworks.calloff.CallOffProcess.AwardNotice;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * call-off-award-notice.bpmn on the real engine, on an engine of its own so that its clock starts today: while the
 * notice is not published the commissioner is reminded five days before the day and the procurement lead told once it
 * has passed, by the tender's own reminder steps; publishing in time sends neither.
 */
@OwnEngine
class CallOffAwardNoticePathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private long start(String reference) {
        return paths.start(AwardNotice.PROCESS_ID, Map.of("businessKey", reference, "callOffReference", reference));
    }

    private static Map<String, Object> dueInThirtyDays() {
        return Map.of("awardNoticeDueOn", LocalDate.now().plusDays(30).toString(), "title", "Home support in Moray",
                "commissionerName", "Moira Grant", "commissionerEmail", "moira.grant@moray.example",
                "awardedProvider", "Spey Support");
    }

    @Test
    void aNoticePublishedStraightAwaySendsNoReminder() {
        long instance = start("CO-NOTICE-1");
        paths.complete(instance, "fix-call-off-award-notice-due", dueInThirtyDays());
        paths.complete(instance, "publish-call-off-award-notice", null);
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, AwardNotice.FIX_DUE_DAY, AwardNotice.PUBLISH);
        paths.assertNotPassed(instance, AwardNotice.COMMISSIONER_REMINDED, AwardNotice.OVERDUE_ESCALATED);
    }

    @Test
    void aNoticeNotYetPublishedRemindsTheCommissionerThenTellsTheProcurementLead() {
        long instance = start("CO-NOTICE-2");
        AtomicReference<Object> remindedAbout = new AtomicReference<>();
        paths.answer("remind-award-notice-due", job -> {
            remindedAbout.set(job.getVariablesAsMap().get("tenderReference"));
            return null;
        });
        paths.answer("escalate-overdue-award-notice", job -> null);
        paths.complete(instance, "fix-call-off-award-notice-due", dueInThirtyDays());
        paths.awaitJob(instance, "publish-call-off-award-notice");

        paths.passTime(Duration.ofDays(24));
        paths.assertNotPassed(instance, AwardNotice.COMMISSIONER_REMINDED);
        paths.passTime(Duration.ofDays(2));
        paths.assertPassed(instance, AwardNotice.COMMISSIONER_REMINDED);
        assertThat(remindedAbout.get()).isEqualTo("CO-NOTICE-2");
        paths.assertNotPassed(instance, AwardNotice.OVERDUE_ESCALATED);
        paths.passTime(Duration.ofDays(6));
        paths.assertPassed(instance, AwardNotice.OVERDUE_ESCALATED);

        paths.complete(instance, "publish-call-off-award-notice", null);
        paths.awaitCompleted(instance);
    }
}
