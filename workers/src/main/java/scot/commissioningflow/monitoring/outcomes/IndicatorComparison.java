package scot.commissioningflow.monitoring.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.TalkingPoint;

/**
 * One of the contract's outcome indicators beside what a return reports. An indicator is compared only where its
 * words state a target as a percentage ("80% of people say they feel safe") and name a Talking Points category this
 * recognises (see {@link #WORDS}); the reported figure is the share of the people with an outcome in that category
 * whose outcome the return says is met. Partly met counts as not met against the target, and is shown beside it.
 * People whose return does not say whether the outcome is met are not counted. Any other indicator stays in words.
 *
 * @param targetPercent null where the indicator states no figure, or names no category recognised
 * @param reportedPercent the share met, to one decimal place; null where nobody in the category was reported on
 */
public record IndicatorComparison(String outcome, String indicator, TalkingPoint category, BigDecimal targetPercent,
        int peopleReported, int met, int partlyMet, int notMet, BigDecimal reportedPercent, Verdict verdict) {

    public enum Verdict {
        MET,
        NOT_MET,
        NO_FIGURE_REPORTED,
        /** The indicator is in words: nothing to compare a figure with. */
        IN_WORDS
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per ?cent)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The words an indicator names a category by, checked in this order; lower case. */
    static final Map<TalkingPoint, List<String>> WORDS = words();

    /**
     * @param reported the outcomes of the return being compared, in the order recorded: a person reported twice in a
     *                 category counts once, as last reported
     */
    public static List<IndicatorComparison> compare(List<ContractedOutcome> contracted,
            List<RecordedOutcome.View> reported) {
        return contracted.stream().map(outcome -> compare(outcome, reported)).toList();
    }

    private static IndicatorComparison compare(ContractedOutcome outcome, List<RecordedOutcome.View> reported) {
        String text = Stream.of(outcome.outcome(), outcome.indicator()).filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.UK)).reduce("", (a, b) -> a + " " + b);
        Optional<BigDecimal> target = Optional.ofNullable(outcome.indicator()).map(PERCENT::matcher)
                .filter(Matcher::find).map(m -> new BigDecimal(m.group(1)));
        Optional<TalkingPoint> category = WORDS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(text::contains)).map(Map.Entry::getKey)
                .findFirst();
        if (target.isEmpty() || category.isEmpty()) {
            return new IndicatorComparison(outcome.outcome(), outcome.indicator(), null, null, 0, 0, 0, 0, null,
                    Verdict.IN_WORDS);
        }
        Map<String, OutcomeMet> byPerson = new LinkedHashMap<>();
        for (RecordedOutcome.View view : reported) {
            if (view.category() == category.get() && view.met() != null) {
                byPerson.put(view.personReference(), view.met());
            }
        }
        int people = byPerson.size();
        int met = count(byPerson, OutcomeMet.MET);
        BigDecimal share = people == 0 ? null
                : BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
        Verdict verdict = share == null ? Verdict.NO_FIGURE_REPORTED
                : share.compareTo(target.get()) >= 0 ? Verdict.MET : Verdict.NOT_MET;
        return new IndicatorComparison(outcome.outcome(), outcome.indicator(), category.get(), target.get(), people,
                met, count(byPerson, OutcomeMet.PARTLY_MET), count(byPerson, OutcomeMet.NOT_MET), share, verdict);
    }

    private static int count(Map<String, OutcomeMet> byPerson, OutcomeMet which) {
        return (int) byPerson.values().stream().filter(which::equals).count();
    }

    private static Map<TalkingPoint, List<String>> words() {
        Map<TalkingPoint, List<String>> words = new LinkedHashMap<>();
        words.put(TalkingPoint.FEELING_SAFE, List.of("feel safe", "feeling safe", "safe"));
        words.put(TalkingPoint.HAVING_THINGS_TO_DO, List.of("things to do"));
        words.put(TalkingPoint.SEEING_PEOPLE, List.of("seeing people", "see people"));
        words.put(TalkingPoint.STAYING_WELL, List.of("staying well", "stay well"));
        words.put(TalkingPoint.LIVING_AS_YOU_WANT, List.of("living as", "live as"));
        words.put(TalkingPoint.LISTENED_TO, List.of("listened to"));
        words.put(TalkingPoint.HAVING_A_SAY, List.of("having a say", "have a say", "a say in"));
        words.put(TalkingPoint.TREATED_WITH_RESPECT, List.of("respect"));
        words.put(TalkingPoint.RESPONDED_TO, List.of("responded to"));
        words.put(TalkingPoint.RELIABILITY, List.of("reliab"));
        words.put(TalkingPoint.CONFIDENCE, List.of("confiden"));
        words.put(TalkingPoint.SKILLS, List.of("skill"));
        words.put(TalkingPoint.MOBILITY, List.of("mobility", "get about", "getting about"));
        words.put(TalkingPoint.REDUCED_SYMPTOMS, List.of("symptom"));
        return java.util.Collections.unmodifiableMap(words);
    }
}
