package scot.commissioningflow.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.TalkingPoint;
import scot.commissioningflow.monitoring.outcomes.IndicatorComparison.Verdict;

/** What is compared with an indicator's target, and what stays in words. */
class IndicatorComparisonTest {

    private static final ContractedOutcome SAFE = new ContractedOutcome("People feel safe",
            "80% of people say they feel safe at home");

    @Test
    void theShareMetIsComparedWithTheTargetPartlyMetCountingAsNotMet() {
        IndicatorComparison safe = only(SAFE, said("P-1", TalkingPoint.FEELING_SAFE, OutcomeMet.MET),
                said("P-2", TalkingPoint.FEELING_SAFE, OutcomeMet.MET),
                said("P-3", TalkingPoint.FEELING_SAFE, OutcomeMet.MET),
                said("P-4", TalkingPoint.FEELING_SAFE, OutcomeMet.PARTLY_MET),
                said("P-5", TalkingPoint.SEEING_PEOPLE, OutcomeMet.NOT_MET));
        assertThat(safe.category()).isEqualTo(TalkingPoint.FEELING_SAFE);
        assertThat(safe.peopleReported()).isEqualTo(4);
        assertThat(safe.partlyMet()).isEqualTo(1);
        assertThat(safe.reportedPercent()).isEqualByComparingTo("75.0");
        assertThat(safe.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aTargetReachedIsMetAndAPersonReportedTwiceCountsOnceAsLastSaid() {
        IndicatorComparison safe = only(SAFE, said("P-1", TalkingPoint.FEELING_SAFE, OutcomeMet.NOT_MET),
                said("P-1", TalkingPoint.FEELING_SAFE, OutcomeMet.MET));
        assertThat(safe.peopleReported()).isEqualTo(1);
        assertThat(safe.reportedPercent()).isEqualByComparingTo("100");
        assertThat(safe.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void noOneReportedOnInTheCategoryIsNoFigureAndPeopleWhoseReturnDidNotSayAreNotCounted() {
        IndicatorComparison safe = only(SAFE, said("P-1", TalkingPoint.FEELING_SAFE, null));
        assertThat(safe.reportedPercent()).isNull();
        assertThat(safe.verdict()).isEqualTo(Verdict.NO_FIGURE_REPORTED);
    }

    @Test
    void anIndicatorWithoutAFigureOrACategoryRecognisedStaysInWords() {
        assertThat(only(new ContractedOutcome("People feel safe", "What people say about feeling safe"))
                .verdict()).isEqualTo(Verdict.IN_WORDS);
        assertThat(only(new ContractedOutcome("Rent paid on time", "95 per cent of rent paid on time"))
                .verdict()).isEqualTo(Verdict.IN_WORDS);
        assertThat(only(ContractedOutcome.inOwnWords("Seeing my grandchildren every week")).verdict())
                .isEqualTo(Verdict.IN_WORDS);
    }

    @Test
    void aTargetSaidInPerCentIsReadToo() {
        IndicatorComparison say = only(new ContractedOutcome("People have a say", "90 per cent say they have a say "
                + "in their support"), said("P-1", TalkingPoint.HAVING_A_SAY, OutcomeMet.MET));
        assertThat(say.targetPercent()).isEqualByComparingTo("90");
        assertThat(say.verdict()).isEqualTo(Verdict.MET);
    }

    private static IndicatorComparison only(ContractedOutcome outcome, RecordedOutcome.View... reported) {
        return IndicatorComparison.compare(List.of(outcome), List.of(reported)).getFirst();
    }

    private static RecordedOutcome.View said(String person, TalkingPoint category, OutcomeMet met) {
        return new RecordedOutcome.View(1L, person, category, Speaker.PERSON, "as said", met,
                Instant.parse("2026-11-01T09:00:00Z"));
    }
}
