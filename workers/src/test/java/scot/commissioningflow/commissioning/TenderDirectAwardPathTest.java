package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.DirectAward;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-direct-award: fair work and price are checked before a s.12 award is recorded; a failure goes back. */
@OwnEngine
class TenderDirectAwardPathTest {

    private static final String PROCESS = DirectAward.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("record-direct-award", job -> Map.of("awardNoticeDueOn", "2027-05-03"));
    }

    @Test
    void metFairWorkAndASustainablePriceRecordTheAward() {
        long award = paths.start(PROCESS, tender("TND-D1"));
        confirm(award, 27.10, true, "covers it", "MET", "All met.");

        paths.awaitCompleted(award);
        paths.assertPassed(award, DirectAward.ASSESS_DIRECT_AWARD, DirectAward.CHECK_DIRECT_AWARD_FAIR_WORK,
                DirectAward.DIRECT_AWARD_SUSTAINABLE, DirectAward.RECORD_DIRECT_AWARD, DirectAward.DIRECTLY_AWARDED);
        assertThat(paths.variable(award, "declaredFairWork", Map.class)).containsEntry("supportWorkerHourlyPay",
                13.45);
    }

    @Test
    void anAbnormallyLowPriceGoesBackToTheCommissionerWithTheReason() {
        long award = paths.start(PROCESS, tender("TND-D2"));
        confirm(award, 14.00, false, "A price of £14.00 an hour is abnormally low", "MET", "All met.");

        paths.assertWaitingAt(award, DirectAward.CONFIRM_DIRECT_AWARD);
        paths.assertNotPassed(award, DirectAward.RECORD_DIRECT_AWARD);
        assertThat(paths.variable(award, "priceExplanation", String.class)).contains("abnormally low");
    }

    @Test
    void unmetFairWorkGoesBackToTheCommissionerEvenAtASustainablePrice() {
        long award = paths.start(PROCESS, tender("TND-D3"));
        confirm(award, 27.10, true, "covers it", "NOT_MET", "Support workers are paid below the floor.");

        paths.assertWaitingAt(award, DirectAward.CONFIRM_DIRECT_AWARD);
        paths.assertNotPassed(award, DirectAward.RECORD_DIRECT_AWARD);
        assertThat(paths.variable(award, "fairWorkSummary", String.class)).contains("below the floor");

        confirm(award, 27.10, true, "covers it", "MET", "All met.");
        paths.awaitCompleted(award);
        paths.assertPassed(award, DirectAward.RECORD_DIRECT_AWARD);
    }

    private static Map<String, Object> tender(String reference) {
        return Map.of("businessKey", reference, "tenderReference", reference, "contractStartDate", "2027-04-01",
                "existingProviderName", "Cairngorm Care");
    }

    /** The commissioner confirms terms; the assessment and the fair-work check answer as the test says. */
    private static void confirm(long award, double hourlyRate, boolean priceSustainable, String priceExplanation,
            String fairWorkOutcome, String fairWorkSummary) {
        Map<String, Object> form = new HashMap<>(TenderFixtures.directAwardForm(150_000, hourlyRate, 13.45));
        form.put("completedBy", "morag.fraser");
        paths.completeUserTask(award, DirectAward.CONFIRM_DIRECT_AWARD, form);
        paths.complete(award, "assess-direct-award", Map.of("fairWorkDeclaration", Map.of("hourlyPayByRole",
                Map.of("support worker", 13.45)), "fairWorkCheckKey", "S12-" + award + "-" + hourlyRate,
                "priceSustainable", priceSustainable, "priceExplanation", priceExplanation));
        paths.complete(award, "check-fair-work", Map.of("fairWorkOutcome", fairWorkOutcome,
                "fairWorkSummary", fairWorkSummary));
    }
}
