package scot.commissioningflow.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-direct-award: fair work and price are checked before a s.12 award is recorded; a failure goes back. */
class TenderDirectAwardPathTest {

    private static final String PROCESS = "tender-direct-award";

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("record-direct-award", job -> Map.of("awardNoticeDueOn", "2027-05-03"));
    }

    @Test
    void metFairWorkAndASustainablePriceRecordTheAward() {
        long award = paths.start(PROCESS, tender("TND-D1"));
        paths.completeUserTask(award, "ConfirmDirectAward", terms(27.10));
        paths.complete(award, "assess-direct-award", assessment(true, "covers it"));
        paths.complete(award, "check-fair-work", Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "All met."));

        paths.awaitCompleted(award);
        paths.assertPassed(award, "AssessDirectAward", "CheckDirectAwardFairWork", "DirectAwardSustainable",
                "RecordDirectAward", "DirectlyAwarded");
        assertThat(paths.variable(award, "declaredFairWork", Map.class)).containsEntry("supportWorkerHourlyPay",
                13.45);
    }

    @Test
    void anAbnormallyLowPriceGoesBackToTheCommissionerWithTheReason() {
        long award = paths.start(PROCESS, tender("TND-D2"));
        paths.completeUserTask(award, "ConfirmDirectAward", terms(14.00));
        paths.complete(award, "assess-direct-award", assessment(false, "A price of £14.00 an hour is abnormally low"));
        paths.complete(award, "check-fair-work", Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "All met."));

        paths.assertWaitingAt(award, "ConfirmDirectAward");
        paths.assertNotPassed(award, "RecordDirectAward");
        assertThat(paths.variable(award, "priceExplanation", String.class)).contains("abnormally low");
    }

    @Test
    void unmetFairWorkGoesBackToTheCommissionerEvenAtASustainablePrice() {
        long award = paths.start(PROCESS, tender("TND-D3"));
        paths.completeUserTask(award, "ConfirmDirectAward", terms(27.10));
        paths.complete(award, "assess-direct-award", assessment(true, "covers it"));
        paths.complete(award, "check-fair-work", Map.of("fairWorkOutcome", "NOT_MET",
                "fairWorkSummary", "Support workers are paid below the floor."));

        paths.assertWaitingAt(award, "ConfirmDirectAward");
        paths.assertNotPassed(award, "RecordDirectAward");
        assertThat(paths.variable(award, "fairWorkSummary", String.class)).contains("below the floor");

        paths.completeUserTask(award, "ConfirmDirectAward", terms(27.10));
        paths.complete(award, "assess-direct-award", assessment(true, "covers it"));
        paths.complete(award, "check-fair-work", Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "All met."));
        paths.awaitCompleted(award);
        paths.assertPassed(award, "RecordDirectAward");
    }

    private static Map<String, Object> tender(String reference) {
        return Map.of("businessKey", reference, "tenderReference", reference, "contractStartDate", "2027-04-01",
                "existingProviderName", "Cairngorm Care");
    }

    private static Map<String, Object> terms(double hourlyRate) {
        Map<String, Object> form = new HashMap<>();
        form.put("agreedPrice", 150_000);
        form.put("agreedHourlyRate", hourlyRate);
        form.put("awardRationale", "Continuity of care.");
        form.put("completedBy", "morag.fraser");
        form.put("supportWorkerHourlyPay", 13.45);
        form.put("zeroHoursContracts", "NONE");
        form.put("workerVoice", "RECOGNISED_TRADE_UNION");
        form.put("workforceDevelopment", "SVQ3 funded");
        form.put("genderPayGapAction", "Action plan");
        form.put("flexibleWorkingFromDayOne", true);
        form.put("fireAndRehire", false);
        form.put("flowsDownToSubcontractors", true);
        form.put("flowsDownToAgencyStaff", true);
        return form;
    }

    private static Map<String, Object> assessment(boolean priceSustainable, String explanation) {
        return Map.of("fairWorkDeclaration", Map.of("hourlyPayByRole", Map.of("support worker", 13.45)),
                "fairWorkCheckKey", "S12-" + explanation.length(), "priceSustainable", priceSustainable,
                "priceExplanation", explanation);
    }
}
