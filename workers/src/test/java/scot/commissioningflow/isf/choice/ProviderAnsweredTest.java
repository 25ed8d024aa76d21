package scot.commissioningflow.isf.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** The provider's answer becomes the one fair-work declaration the shared check reads. */
class ProviderAnsweredTest {

    @Test
    void theSupportWorkerIsTheOneRoleAndActionsInWordsAreCommitmentsWhenSaid() {
        FairWorkDeclaration declaration = new ProviderAnswered("ISF-1", true, "We can start.",
                new BigDecimal("13.45"), null, ZeroHoursUse.NONE, WorkerVoice.RECOGNISED_TRADE_UNION,
                "Unison recognised.", " SVQ funded for every support worker. ", "", true, false, true, null)
                .declaration();

        assertThat(declaration.hourlyPayByRole()).containsExactly(Map.entry("support worker",
                new BigDecimal("13.45")));
        assertThat(declaration.sleepoverHourlyPay()).isNull();
        assertThat(declaration.zeroHoursContracts()).isEqualTo(ZeroHoursUse.NONE);
        assertThat(declaration.workerVoice()).isEqualTo(WorkerVoice.RECOGNISED_TRADE_UNION);
        assertThat(declaration.workforceDevelopment())
                .isEqualTo(new DeclaredAction(true, "SVQ funded for every support worker."));
        assertThat(declaration.genderPayGapAction()).isEqualTo(new DeclaredAction(false, ""));
        assertThat(declaration.flexibleWorkingFromDayOne()).isTrue();
        assertThat(declaration.fireAndRehire()).isFalse();
        assertThat(declaration.flowsDownToSubcontractors()).isTrue();
        assertThat(declaration.flowsDownToAgencyStaff()).isFalse();
        assertThat(declaration.cumulativeGrantFunding()).isNull();
    }

    @Test
    void anUnansweredQuestionIsLeftForTheCheckToReport() {
        FairWorkDeclaration declaration = new ProviderAnswered("ISF-1", true, "Yes.", null, null, null, null,
                null, null, null, null, null, null, null).declaration();

        assertThat(declaration.hourlyPayByRole()).containsEntry("support worker", null);
        assertThat(declaration.workforceDevelopment()).isNull();
        assertThat(declaration.zeroHoursContracts()).isNull();
    }
}
