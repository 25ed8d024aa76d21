package scot.commissioningflow.commissioning.award;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;

/**
 * The award as the commissioner sees it. The winning response (none for a direct award) and the winner's address are
 * for the contract and the letters; the API view has never shown them, so they stay out of its JSON.
 */
public record AwardView(String tenderReference, String winnerReference, String winnerName, BigDecimal contractValue,
        BigDecimal hourlyRate, List<RankedResponse> ranking, String rationale, String decidedBy, LocalDate decidedOn,
        Instant standstillEndsAt, LocalDate awardNoticeDueOn, String awardNoticeId, LocalDate awardNoticePublishedOn,
        String contractReference, Boolean contractSigned, @JsonIgnore Long winningResponseId,
        @JsonIgnore String winnerEmail) {
}
