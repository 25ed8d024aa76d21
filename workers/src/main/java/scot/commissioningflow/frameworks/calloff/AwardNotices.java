package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * Award notices of call-offs on Public Contracts Scotland, through the same configured service the tenders use
 * ({@code commissioning.public-contracts-scotland}: {@code POST /notices} answering {@code noticeId}). A call-off's
 * notice names its framework, so PCS (and OCDS) link the award to it. The idempotency key is the call-off's, so a
 * notice retried after a lost answer is published once.
 */
@Component
class AwardNotices {

    /** What is recorded when no PCS service is configured: the officer publishes by hand. */
    static final String NOT_CONFIGURED = "NOT_CONFIGURED";

    record CallOffAwardNotice(String noticeType, String form, String buyerReference, String buyer, String title,
            String procurementRoute, String frameworkReference, int lotNumber, String frameworkMethod,
            String awardedTo, BigDecimal contractValue, String awardDate) {
    }

    record PublishedNotice(String noticeId) {
    }

    private final ExternalService pcs;

    AwardNotices(ExternalServices services) {
        this.pcs = services.get("public-contracts-scotland");
    }

    /** Any failure is thrown, so the job is retried with backoff and ends as an incident if PCS stays down. */
    String publish(CallOffAwardNotice notice) {
        if (!pcs.configured()) {
            return NOT_CONFIGURED;
        }
        PublishedNotice published = pcs.http().post().uri("/notices")
                .header("Idempotency-Key", notice.buyerReference() + "-award")
                .body(notice)
                .retrieve()
                .body(PublishedNotice.class);
        if (published == null || published.noticeId() == null || published.noticeId().isBlank()) {
            throw new IllegalStateException("Public Contracts Scotland accepted the award notice but returned no"
                    + " notice id");
        }
        return published.noticeId();
    }
}
