package scot.commissioningflow.frameworks.agreement;

import java.time.LocalDate;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * A framework agreement runs at most four years (Public Contracts (Scotland) Regulations 2015, reg 34) unless an
 * exceptional reason, recorded with it, justifies longer.
 */
final class TermRule {

    static final int LONGEST_YEARS = 4;

    private TermRule() {
    }

    /** @throws InvalidInput with a sentence when the term is back to front, or longer without a reason */
    static void check(LocalDate startsOn, LocalDate endsOn, String exceptionalReason) {
        if (!endsOn.isAfter(startsOn)) {
            throw new InvalidInput("endsOn", "endsOn must be after startsOn");
        }
        boolean longer = endsOn.isAfter(startsOn.plusYears(LONGEST_YEARS).minusDays(1));
        if (longer && (exceptionalReason == null || exceptionalReason.isBlank())) {
            throw new InvalidInput("exceptionalTermReason", "a framework runs at most " + LONGEST_YEARS
                    + " years (to " + startsOn.plusYears(LONGEST_YEARS).minusDays(1) + " from " + startsOn
                    + "); record an exceptional reason in exceptionalTermReason to run it to " + endsOn);
        }
    }

    /** Whether the term needs (and so keeps) an exceptional reason. */
    static boolean exceptional(LocalDate startsOn, LocalDate endsOn) {
        return endsOn.isAfter(startsOn.plusYears(LONGEST_YEARS).minusDays(1));
    }
}
