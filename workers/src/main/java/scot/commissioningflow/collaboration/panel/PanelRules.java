package scot.commissioningflow.collaboration.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The panel's rules, with no database: who may see and score an application, how independent marks become one
 * weighted score, and how the ranked list is funded within the round's budget.
 */
public final class PanelRules {

    private PanelRules() {
    }

    /** A panel member's declaration for one application, as far as access goes. */
    public enum Declared {
        NOT_YET, NO_CONFLICT, CONFLICTED
    }

    /**
     * Why a panel member may not see or score an application, or null when they may: they must first declare, and a
     * declared conflict keeps them out of it for good.
     */
    public static String barrier(Declared declared, String applicationReference) {
        return switch (declared) {
            case NO_CONFLICT -> null;
            case NOT_YET -> "Declare whether you have a conflict of interest in " + applicationReference
                    + " before you see or score it.";
            case CONFLICTED -> "You declared a conflict of interest in " + applicationReference
                    + ", so you can neither see nor score it.";
        };
    }

    /** One member's mark for one criterion. */
    public record Mark(String criterion, BigDecimal score) {
    }

    /**
     * The application's weighted score out of 100: for each criterion the moderated mark where the panel agreed one,
     * otherwise the mean of the members' marks, times the criterion's weight in percent.
     *
     * @param weights   criterion name to weight; the weights add up to 100
     * @param moderated criterion name to the moderated mark, for those moderated
     */
    public static BigDecimal weightedScore(Map<String, Integer> weights, List<Mark> marks,
            Map<String, BigDecimal> moderated) {
        Map<String, List<BigDecimal>> byCriterion = marks.stream().collect(Collectors.groupingBy(Mark::criterion,
                Collectors.mapping(Mark::score, Collectors.toList())));
        BigDecimal total = BigDecimal.ZERO;
        for (var weight : weights.entrySet()) {
            BigDecimal mark = moderated.get(weight.getKey());
            if (mark == null) {
                List<BigDecimal> given = byCriterion.getOrDefault(weight.getKey(), List.of());
                mark = given.isEmpty() ? BigDecimal.ZERO : given.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(given.size()), 6, RoundingMode.HALF_UP);
            }
            total = total.add(mark.multiply(BigDecimal.valueOf(weight.getValue())));
        }
        return total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** An application to be placed: its weighted score and what it asks for. */
    public record Candidate(String reference, BigDecimal score, BigDecimal requested) {
    }

    /** Where an application was placed, whether it is funded, and why, in a sentence the applicant reads. */
    public record Placement(String reference, int position, BigDecimal score, BigDecimal requested, boolean funded,
            String reason) {
    }

    /**
     * Ranks by weighted score (highest first; equal scores by reference, so the order never depends on the
     * database) and funds down the list while the budget lasts. An application that no longer fits is passed over
     * and the next one down is still considered, so the money left goes as far down the list as it can.
     */
    public static List<Placement> fundWithinBudget(List<Candidate> candidates, BigDecimal budget) {
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparing(Candidate::score).reversed().thenComparing(Candidate::reference))
                .toList();
        List<Placement> placements = new ArrayList<>();
        BigDecimal left = budget;
        int position = 0;
        for (Candidate candidate : ranked) {
            position++;
            if (candidate.requested().compareTo(left) <= 0) {
                left = left.subtract(candidate.requested());
                placements.add(new Placement(candidate.reference(), position, candidate.score(),
                        candidate.requested(), true, "Ranked " + position + " of " + ranked.size()
                        + " with a weighted score of " + candidate.score().toPlainString()
                        + " out of 100, within the round's budget."));
            } else {
                placements.add(new Placement(candidate.reference(), position, candidate.score(),
                        candidate.requested(), false, "Ranked " + position + " of " + ranked.size()
                        + " with a weighted score of " + candidate.score().toPlainString() + " out of 100; the "
                        + candidate.requested().toPlainString() + " asked for is more than the "
                        + left.toPlainString() + " of the budget left after higher-ranked applications."));
            }
        }
        return placements;
    }
}
