package scot.commissioningflow.frameworks;

import java.time.LocalDate;
import java.util.List;

/**
 * A national framework agreement as other features see it.
 *
 * @param reference the business key, e.g. FWK-1A2B3C4D
 * @param buyerOrganisation the organisation code of the national body that set it up
 * @param startsOn the first day of the term
 * @param endsOn the last day of the term: at most four years on unless {@code exceptionalTermReason} is given
 * @param exceptionalTermReason why a longer term is justified, as recorded; null for a term of four years or less
 */
public record Framework(String reference, String title, String buyerOrganisation, FrameworkStatus status,
        LocalDate startsOn, LocalDate endsOn, String exceptionalTermReason, FrameworkWeights weights,
        List<FrameworkLot> lots) {

    public Framework {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    public boolean inTerm(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
