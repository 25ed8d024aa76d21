package scot.commissioningflow.commissioning.directaward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** The direct-award form's answers become the fair-work feature's declaration record. */
class DeclaredFairWorkTest {

    @Test
    void theFormsAnswersBecomeTheDeclarationTheFairWorkCheckReads() {
        FairWorkDeclaration declaration = new DeclaredFairWork(new BigDecimal("13.45"), new BigDecimal("14.95"),
                new BigDecimal("13.45"), ZeroHoursUse.NONE, WorkerVoice.RECOGNISED_TRADE_UNION, "UNISON",
                "SVQ3 funded", " Action plan ", true, false, true, true).declaration();

        assertThat(declaration.hourlyPayByRole()).containsEntry("support worker", new BigDecimal("13.45"))
                .containsEntry("senior support worker", new BigDecimal("14.95"));
        assertThat(declaration.workforceDevelopment()).isEqualTo(new DeclaredAction(true, "SVQ3 funded"));
        assertThat(declaration.genderPayGapAction()).isEqualTo(new DeclaredAction(true, "Action plan"));
        assertThat(declaration.fireAndRehire()).isFalse();
        assertThat(declaration.cumulativeGrantFunding()).isNull();
    }

    @Test
    void aServiceWithoutSeniorsOrSleepoversDeclaresOnlyWhatItHas() {
        FairWorkDeclaration declaration = new DeclaredFairWork(new BigDecimal("13.45"), null, null,
                ZeroHoursUse.WORKER_CHOICE_ONLY, WorkerVoice.OTHER_CHANNEL, null, "  ", null, false, false, true,
                true).declaration();

        assertThat(declaration.hourlyPayByRole()).containsOnlyKeys("support worker");
        assertThat(declaration.sleepoverHourlyPay()).isNull();
        assertThat(declaration.workforceDevelopment().committed()).isFalse();
        assertThat(declaration.genderPayGapAction()).isNull();
    }
}
