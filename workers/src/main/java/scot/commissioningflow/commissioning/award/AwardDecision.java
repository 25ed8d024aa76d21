package scot.commissioningflow.commissioning.award;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;

/** Who the contract is awarded to and why, with the dates the award's legal duties run from. */
@Entity
@Table(name = "award_decision")
class AwardDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private Long winningResponseId;
    private String winnerReference;
    private String winnerName;
    private String winnerEmail;
    private BigDecimal contractValue;
    private BigDecimal hourlyRate;

    @Convert(converter = RankingConverter.class)
    private List<RankedResponse> ranking;

    private String rationale;
    private String decidedBy;
    private LocalDate decidedOn;
    private Instant standstillEndsAt;
    private LocalDate awardNoticeDueOn;
    private String awardNoticeId;
    private LocalDate awardNoticePublishedOn;
    private String contractReference;
    private Boolean contractSigned;

    protected AwardDecision() {
    }

    AwardDecision(String tenderReference, Long winningResponseId, String winnerReference, String winnerName,
            String winnerEmail, BigDecimal contractValue, BigDecimal hourlyRate, List<RankedResponse> ranking,
            String rationale, String decidedBy, LocalDate decidedOn, LocalDate awardNoticeDueOn) {
        this.tenderReference = tenderReference;
        this.winningResponseId = winningResponseId;
        this.winnerReference = winnerReference;
        this.winnerName = winnerName;
        this.winnerEmail = winnerEmail;
        this.contractValue = contractValue;
        this.hourlyRate = hourlyRate;
        this.ranking = List.copyOf(ranking);
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.awardNoticeDueOn = awardNoticeDueOn;
    }

    void standstillUntil(Instant end) {
        this.standstillEndsAt = end;
    }

    void awardNoticePublished(String noticeId, LocalDate on) {
        this.awardNoticeId = noticeId;
        this.awardNoticePublishedOn = on;
    }

    void contract(String reference, boolean signed) {
        this.contractReference = reference;
        this.contractSigned = signed;
    }

    AwardView view() {
        return new AwardView(tenderReference, winnerReference, winnerName, contractValue, hourlyRate, ranking,
                rationale, decidedBy, decidedOn, standstillEndsAt, awardNoticeDueOn, awardNoticeId,
                awardNoticePublishedOn, contractReference, contractSigned, winningResponseId, winnerEmail);
    }
}
