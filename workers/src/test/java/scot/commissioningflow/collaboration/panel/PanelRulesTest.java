package scot.commissioningflow.collaboration.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.collaboration.panel.PanelRules.Candidate;
import scot.commissioningflow.collaboration.panel.PanelRules.Declared;
import scot.commissioningflow.collaboration.panel.PanelRules.Mark;
import scot.commissioningflow.collaboration.panel.PanelRules.Placement;

/** The panel's rules with no database: conflicts, weighted scores and funding the ranked list within budget. */
class PanelRulesTest {

    @Test
    void aConflictedMemberIsKeptOutForGoodAndAMemberWhoHasNotDeclaredMustDeclareFirst() {
        assertThat(PanelRules.barrier(Declared.NO_CONFLICT, "CFA-1")).isNull();
        assertThat(PanelRules.barrier(Declared.CONFLICTED, "CFA-1"))
                .isEqualTo("You declared a conflict of interest in CFA-1, so you can neither see nor score it.");
        assertThat(PanelRules.barrier(Declared.NOT_YET, "CFA-1"))
                .isEqualTo("Declare whether you have a conflict of interest in CFA-1 before you see or score it.");
    }

    @Test
    void theWeightedScoreUsesTheMembersMeanUnlessThePanelModeratedTheMark() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("Co-production", 60);
        weights.put("Value", 40);
        List<Mark> marks = List.of(new Mark("Co-production", new BigDecimal("80")),
                new Mark("Co-production", new BigDecimal("60")), new Mark("Value", new BigDecimal("50")),
                new Mark("Value", new BigDecimal("90")));
        // Means 70 and 70: 0.6 * 70 + 0.4 * 70.
        assertThat(PanelRules.weightedScore(weights, marks, Map.of())).isEqualByComparingTo("70.00");
        // Moderated to 100 for co-production: 0.6 * 100 + 0.4 * 70.
        assertThat(PanelRules.weightedScore(weights, marks, Map.of("Co-production", new BigDecimal("100"))))
                .isEqualByComparingTo("88.00");
    }

    @Test
    void theListIsFundedDownFromTheTopAndAnApplicationThatNoLongerFitsIsPassedOverForASmallerOne() {
        List<Placement> placed = PanelRules.fundWithinBudget(List.of(
                new Candidate("CFA-B", new BigDecimal("70"), new BigDecimal("60000")),
                new Candidate("CFA-A", new BigDecimal("90"), new BigDecimal("50000")),
                new Candidate("CFA-C", new BigDecimal("60"), new BigDecimal("40000"))), new BigDecimal("100000"));

        assertThat(placed).extracting(Placement::reference).containsExactly("CFA-A", "CFA-B", "CFA-C");
        assertThat(placed).extracting(Placement::funded).containsExactly(true, false, true);
        assertThat(placed.get(1).reason()).isEqualTo("Ranked 2 of 3 with a weighted score of 70 out of 100; the"
                + " 60000 asked for is more than the 50000 of the budget left after higher-ranked applications.");
        BigDecimal funded = placed.stream().filter(Placement::funded).map(Placement::requested)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(funded).isLessThanOrEqualTo(new BigDecimal("100000"));
    }

    @Test
    void equalScoresAreOrderedByReferenceSoTheRankingNeverDependsOnTheDatabase() {
        List<Placement> placed = PanelRules.fundWithinBudget(List.of(
                new Candidate("CFA-2", new BigDecimal("75"), new BigDecimal("10")),
                new Candidate("CFA-1", new BigDecimal("75"), new BigDecimal("10"))), new BigDecimal("10"));
        assertThat(placed).extracting(Placement::reference).containsExactly("CFA-1", "CFA-2");
        assertThat(placed).extracting(Placement::funded).containsExactly(true, false);
    }
}
