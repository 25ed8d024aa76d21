package scot.commissioningflow.collaboration.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.commissioningflow.collaboration.round.RoundRequest;

/**
 * Whether a partnership meets a round's eligibility rules, from what the registers say about each organisation in it,
 * with no database or network; and the cumulative funding that decides what Fair Work First evidence a grant needs.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /** One organisation of the partnership as found, or not found, on its register. */
    public record Found(String name, String registerNumber, Optional<RegisterEntry> entry) {
    }

    /** The finding for the whole partnership: eligible only when every organisation is. */
    public record Finding(boolean eligible, String reason) {
    }

    public static Finding judge(RoundRequest.EligibilityRules rules, List<Found> partnership) {
        List<String> shortfalls = new ArrayList<>();
        for (Found organisation : partnership) {
            if (organisation.entry().isEmpty()) {
                shortfalls.add(organisation.name() + " (" + organisation.registerNumber() + ") is not on the"
                        + " register it was said to be on.");
                continue;
            }
            RegisterEntry entry = organisation.entry().get();
            String on = organisation.name() + " on " + entry.register();
            if (!entry.active()) {
                shortfalls.add(on + " is not active.");
            }
            if (rules.notForProfit() && !entry.notForProfit()) {
                shortfalls.add(on + " is not a not-for-profit organisation.");
            }
            if (rules.scottishBase() && !entry.scottishBase()) {
                shortfalls.add(on + " is not based in Scotland.");
            }
            if (rules.accountsFiled() && !entry.accountsFiled()) {
                shortfalls.add(on + " has accounts overdue.");
            }
        }
        if (shortfalls.isEmpty()) {
            return new Finding(true, "Every organisation in the partnership (" + partnership.size()
                    + ") meets the round's register rules.");
        }
        return new Finding(false, "The partnership is not eligible: " + String.join(" ", shortfalls));
    }

    /**
     * The grant funding an organisation would hold if this application were funded: what it asks for now plus every
     * grant it was awarded before. Fair Work First lets a self-declaration stand below the limit in force; at or
     * above it, evidence is needed (the {@code fair-work-check} applies the limit).
     */
    public static BigDecimal cumulativeFunding(BigDecimal requestedNow, List<BigDecimal> earlierAwards) {
        return earlierAwards.stream().reduce(requestedNow, BigDecimal::add);
    }
}
