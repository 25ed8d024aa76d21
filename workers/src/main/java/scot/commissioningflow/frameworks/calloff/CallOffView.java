package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A call-off as people and the reporting feature see it: with its framework and lot, and the OCDS techniques
 * extension's method code ({@code withoutReopeningCompetition} / {@code withReopeningCompetition}).
 */
public record CallOffView(String reference, String frameworkReference, int lotNumber, String title,
        String councilCode, CallOffMethod method, String ocdsMethod, DirectBasis directBasis,
        String chosenProviderReference, String choiceReason, String peopleInvolved, BigDecimal valueExVat,
        BigDecimal valueIncVat, LocalDate startDate, LocalDate endDate, String route, String noticeDuty,
        Instant responsesCloseAt, CallOffStatus status, String awardedProviderReference, String awardedProviderName,
        BigDecimal hourlyRate, String awardRationale, String awardedBy, LocalDate awardedOn, String awardNoticeId,
        String contractReference, List<ResponseView> responses) {

    /** A mini-competition response; its price and proposal only once responses have closed. */
    public record ResponseView(String providerReference, String providerName, boolean responded,
            BigDecimal hourlyRate, BigDecimal totalPrice, String proposal, String fairWorkOutcome,
            String fairWorkSummary, BigDecimal qualityScore) {
    }
}
