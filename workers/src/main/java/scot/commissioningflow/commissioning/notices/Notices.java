package scot.commissioningflow.commissioning.notices;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.PublicContractsScotland;
import scot.commissioningflow.commissioning.award.AwardView;
import scot.commissioningflow.commissioning.award.Awards;
import scot.commissioningflow.commissioning.notices.NoticeWorkers.AwardNoticePublished;
import scot.commissioningflow.commissioning.tender.AwardWeights;
import scot.commissioningflow.commissioning.tender.ServiceType;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;

/**
 * Contract and award notices on Public Contracts Scotland. A notice already recorded is not published again; with no
 * PCS service configured the product records that and the officer publishes by hand.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Tenders tenders;
    private final Awards awards;
    private final PublicContractsScotland pcs;

    Notices(Tenders tenders, Awards awards, PublicContractsScotland pcs) {
        this.tenders = tenders;
        this.awards = awards;
        this.pcs = pcs;
    }

    /** The contract notice as PCS takes it; buyerReference names the round, so a re-tender gets its own notice. */
    record ContractNotice(String noticeType, String form, String buyerReference, String buyer, String title,
            String description, String procurementRoute, BigDecimal estimatedValueExVat, String contractStartDate,
            int contractMonths, String responseDeadline, AwardWeights awardCriteria) {
    }

    record AwardNotice(String noticeType, String form, String buyerReference, String buyer, String title,
            String procurementRoute, String contractNoticeId, String awardedTo, BigDecimal contractValue,
            String awardDate) {
    }

    @Transactional
    public String publishContractNotice(String tenderReference) {
        TenderView tender = tenders.get(tenderReference);
        if (tender.contractNoticeId() != null) {
            return tender.contractNoticeId();
        }
        String buyerReference = tenderReference + "-R" + tender.roundNumber();
        ContractNotice notice = new ContractNotice("CONTRACT_NOTICE", form(tender), buyerReference,
                tender.commissioningBody(), tender.title(), tender.needDescription(), tender.procurementRoute().name(),
                tender.estimatedValueExVat(), tender.contractStartDate().toString(), tender.contractMonths(),
                tender.responseDeadline().toString(), tender.weights());
        String noticeId = pcs.publish(buyerReference + "-contract", notice);
        tenders.contractNoticePublished(tenderReference, noticeId);
        log.info("Contract notice for {}: {}", tenderReference, noticeId);
        return noticeId;
    }

    /** The Act asks for the award notice within 30 days of the award; the due date was fixed with the award. */
    @Transactional
    public AwardNoticePublished publishAwardNotice(String tenderReference, LocalDate publishedOn) {
        AwardView award = awards.award(tenderReference);
        if (award.awardNoticeId() == null) {
            TenderView tender = tenders.get(tenderReference);
            AwardNotice notice = new AwardNotice("AWARD_NOTICE", form(tender), tenderReference,
                    tender.commissioningBody(), tender.title(), tender.procurementRoute().name(),
                    tender.contractNoticeId(), award.winnerName(), award.contractValue(),
                    award.decidedOn().toString());
            award = awards.awardNoticePublished(tenderReference, pcs.publish(tenderReference + "-award", notice),
                    publishedOn);
            log.info("Award notice for {} published", tenderReference);
        }
        return new AwardNoticePublished(award.awardNoticeId(),
                !award.awardNoticePublishedOn().isAfter(award.awardNoticeDueOn()));
    }

    /** PCS form F21 is for social and other specific services; other services use the standard notice forms. */
    private static String form(TenderView tender) {
        return tender.serviceType() == ServiceType.SOCIAL_CARE ? "F21" : "STANDARD";
    }
}
