package scot.commissioningflow.commissioning.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;
import scot.commissioningflow.commissioning.tender.AwardWeights;
import scot.commissioningflow.commissioning.tender.TenderView;

/**
 * Writes the letter an unsuccessful provider receives. The Act (s.32) asks for the winner's name, the award criteria,
 * and both the winner's and the provider's own scores; the letter also says where to ask for more.
 */
record DebriefLetters(String tenderTitle, String tenderReference, AwardWeights weights, String commissionerName) {

    static DebriefLetters of(TenderView tender) {
        return new DebriefLetters(tender.title(), tender.reference(), tender.weights(), tender.commissionerName());
    }

    String evaluated(String providerName, RankedResponse own, RankedResponse winner, Optional<String> standstillEnd) {
        AwardWeights w = weights;
        return """
                Dear %s,

                Thank you for responding to "%s" (%s). We have decided to award the contract to %s.

                The award criteria and their weightings were: quality %d%%, price %d%%, fair work %d%%.

                Scores out of 100:
                  %s (winner): quality %s, price %s, fair work %s, weighted total %s.
                  Your response: quality %s, price %s, fair work %s, weighted total %s; ranked %d.

                %sYou may ask for further information on this decision within 30 days; we will answer within 30 days.

                %s
                """.formatted(providerName, tenderTitle, tenderReference, winner.providerName(),
                w.quality(), w.price(), w.fairWork(), winner.providerName(), marks(winner.qualityScore()),
                marks(winner.priceScore()), marks(winner.fairWorkScore()), marks(winner.totalScore()),
                marks(own.qualityScore()), marks(own.priceScore()), marks(own.fairWorkScore()),
                marks(own.totalScore()), own.rank(),
                standstillEnd.map(end -> "The contract will not be concluded before the standstill period ends at "
                        + end + ". ").orElse(""), commissionerName);
    }

    private static String marks(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    String notEvaluated(String providerName, String winnerName, String reason) {
        AwardWeights w = weights;
        return """
                Dear %s,

                Thank you for responding to "%s" (%s). We have decided to award the contract to %s.

                Your response could not be scored against the award criteria (quality %d%%, price %d%%, \
                fair work %d%%) because: %s

                You may ask for further information on this decision within 30 days; we will answer within 30 days.

                %s
                """.formatted(providerName, tenderTitle, tenderReference, winnerName, w.quality(), w.price(),
                w.fairWork(), reason, commissionerName);
    }
}
