package scot.commissioningflow.commissioning.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** A declaration as typed by a provider: complete ones become the fair-work check's record; gaps are named. */
class DeclarationAsGivenTest {

    @Test
    void aCompleteDeclarationBecomesTheRecordTheFairWorkCheckReads() {
        FairWorkDeclaration declaration = DeclarationAsGiven.typed(TenderFixtures.fairWorkDeclaration(13.45));

        assertThat(declaration.hourlyPayByRole()).containsEntry("support worker", new BigDecimal("13.45"))
                .containsEntry("senior support worker", new BigDecimal("14.95"));
        assertThat(declaration.sleepoverHourlyPay()).isEqualByComparingTo("13.45");
        assertThat(declaration.zeroHoursContracts()).isEqualTo(ZeroHoursUse.WORKER_CHOICE_ONLY);
        assertThat(declaration.workerVoice()).isEqualTo(WorkerVoice.RECOGNISED_TRADE_UNION);
        assertThat(declaration.workforceDevelopment())
                .isEqualTo(new DeclaredAction(true, "SVQ3 funded for every support worker"));
        assertThat(declaration.flexibleWorkingFromDayOne()).isTrue();
        assertThat(declaration.fireAndRehire()).isFalse();
        assertThat(DeclarationAsGiven.problem(TenderFixtures.fairWorkDeclaration(13.45))).isEmpty();
    }

    @Test
    void aYesOrNoAnswerToAWordedCriterionIsKeptAsSuch() {
        Map<String, Object> given = new HashMap<>(TenderFixtures.fairWorkDeclaration(13.45));
        given.put("genderPayGapAction", false);

        assertThat(DeclarationAsGiven.typed(given).genderPayGapAction()).isEqualTo(new DeclaredAction(false, null));
    }

    @Test
    void everyUnansweredQuestionIsNamed() {
        Map<String, Object> given = new HashMap<>(TenderFixtures.fairWorkDeclaration(13.45));
        given.remove("workerVoice");
        given.put("hourlyPayByRole", Map.of());
        given.put("workforceDevelopment", " ");

        assertThat(DeclarationAsGiven.problem(given)).contains("The fair-work declaration does not answer"
                + " hourlyPayByRole, workerVoice, workforceDevelopment.");
    }

    @Test
    void anAnswerThatCannotBeReadIsNamedWithWhatWouldDo() {
        Map<String, Object> given = new HashMap<>(TenderFixtures.fairWorkDeclaration(13.45));
        given.put("workerVoice", "STAFF_FORUM");
        given.put("fireAndRehire", "no");

        assertThat(DeclarationAsGiven.problem(given)).contains("The fair-work declaration cannot be read:"
                + " workerVoice must be one of RECOGNISED_TRADE_UNION, OTHER_CHANNEL, NONE, not STAFF_FORUM.");
    }
}
