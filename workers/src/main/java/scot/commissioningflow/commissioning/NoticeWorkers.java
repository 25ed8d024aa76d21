package scot.commissioningflow.commissioning;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * Contract and award notices on Public Contracts Scotland. A notice already recorded is not published again; with no
 * PCS service configured the product records that and the officer publishes by hand.
 */
@Component
public class NoticeWorkers {

    private static final Logger log = LoggerFactory.getLogger(NoticeWorkers.class);

    private final Tenders tenders;
    private final AwardDecisionRepository awards;
    private final PublicContractsScotlandClient pcs;

    NoticeWorkers(Tenders tenders, AwardDecisionRepository awards, PublicContractsScotlandClient pcs) {
        this.tenders = tenders;
        this.awards = awards;
        this.pcs = pcs;
    }

    @JobWorker(type = "publish-contract-notice")
    @Transactional
    public Map<String, Object> publishContractNotice(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            if (tender.contractNoticeId() == null) {
                TenderView view = tender.view();
                Map<String, Object> notice = new HashMap<>();
                notice.put("noticeType", "CONTRACT_NOTICE");
                notice.put("form", form(tender));
                notice.put("buyerReference", tenderReference + "-R" + tender.roundNumber());
                notice.put("buyer", view.commissioningBody());
                notice.put("title", view.title());
                notice.put("description", view.needDescription());
                notice.put("procurementRoute", view.procurementRoute().name());
                notice.put("estimatedValueExVat", view.estimatedValueExVat());
                notice.put("contractStartDate", view.contractStartDate().toString());
                notice.put("contractMonths", view.contractMonths());
                notice.put("responseDeadline", view.responseDeadline().toString());
                notice.put("awardCriteria", view.weights());
                tender.contractNoticePublished(publish(tenderReference + "-R" + tender.roundNumber() + "-contract",
                        notice));
                log.info("Contract notice for {}: {}", tenderReference, tender.contractNoticeId());
            }
            return Map.of("contractNoticeId", tender.contractNoticeId());
        }
    }

    /** The Act asks for the award notice within 30 days of the award; the due date was fixed with the award. */
    @JobWorker(type = "publish-award-notice")
    @Transactional
    public Map<String, Object> publishAwardNotice(ActivatedJob job, @Variable String tenderReference,
            @Variable String publishedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = awards.findByTenderReference(tenderReference).orElseThrow(
                    () -> new IllegalStateException("Tender " + tenderReference + " has no award to give notice of"));
            if (!award.awardNoticePublished()) {
                Map<String, Object> notice = new HashMap<>();
                notice.put("noticeType", "AWARD_NOTICE");
                notice.put("form", form(tender));
                notice.put("buyerReference", tenderReference);
                notice.put("buyer", tender.commissioningBody());
                notice.put("title", tender.title());
                notice.put("procurementRoute", tender.procurementRoute().name());
                notice.put("contractNoticeId", tender.contractNoticeId());
                notice.put("awardedTo", award.winnerName());
                notice.put("contractValue", award.contractValue());
                notice.put("awardDate", award.decidedOn().toString());
                award.awardNoticePublished(publish(tenderReference + "-award", notice), LocalDate.parse(publishedOn));
                log.info("Award notice for {} published", tenderReference);
            }
            AwardDecision.AwardView view = award.view();
            return Map.of("awardNoticeId", view.awardNoticeId(),
                    "awardNoticeOnTime", !view.awardNoticePublishedOn().isAfter(view.awardNoticeDueOn()));
        }
    }

    private String publish(String idempotencyKey, Map<String, Object> notice) {
        return pcs.configured() ? pcs.publish(idempotencyKey, notice) : PublicContractsScotlandClient.NOT_CONFIGURED;
    }

    /** PCS form F21 is for social and other specific services; other services use the standard notice forms. */
    private static String form(Tender tender) {
        return tender.serviceType() == ServiceType.SOCIAL_CARE ? "F21" : "STANDARD";
    }
}
