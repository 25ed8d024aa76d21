package scot.commissioningflow.commissioning.notices;

import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.PublicContractsScotland;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * Publishes notices on Public Contracts Scotland through the service configured under
 * {@code commissioning.public-contracts-scotland}. The expected contract is {@code POST {base-url}/notices} with
 * {@code {"noticeType", "form", "buyerReference", ...}} answering {@code {"noticeId"}}; an idempotency key is sent so
 * that a notice retried after a lost answer is not published twice.
 */
@Component
class PublicContractsScotlandClient implements PublicContractsScotland {

    record PublishedNotice(String noticeId) {
    }

    private final ExternalService service;

    PublicContractsScotlandClient(ExternalServices services) {
        this.service = services.get("public-contracts-scotland");
    }

    @Override
    public String publish(String idempotencyKey, Object notice) {
        if (!service.configured()) {
            return NOT_CONFIGURED;
        }
        PublishedNotice published = service.http().post().uri("/notices")
                .header("Idempotency-Key", idempotencyKey)
                .body(notice)
                .retrieve()
                .body(PublishedNotice.class);
        if (published == null || published.noticeId() == null || published.noticeId().isBlank()) {
            throw new IllegalStateException("Public Contracts Scotland accepted the notice but returned no notice id");
        }
        return published.noticeId();
    }
}
