package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;

/**
 * A mini-competition as an invited lot member reads it: what the council asks for and how responses are weighed,
 * when responses close, and whether its own response is in. It holds nothing of any other member's response.
 *
 * @param open         whether a response may still be sent now: the competition is open and the clock is before
 *                     responses close
 * @param respondedAt  when the member's response came, or null when it has not responded
 */
public record Invitation(String reference, String title, String serviceDescription, String commissioningBody,
        String frameworkReference, int lotNumber, List<OutcomeAndIndicator> outcomes, BigDecimal valueExVat,
        LocalDate startDate, LocalDate endDate, String monitoringArrangements, int qualityPercent, int pricePercent,
        Instant responsesCloseAt, CallOffStatus status, boolean open, String providerName, Instant respondedAt) {
}
