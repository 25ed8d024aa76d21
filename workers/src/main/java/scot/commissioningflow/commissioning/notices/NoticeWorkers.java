package scot.commissioningflow.commissioning.notices;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** Contract and award notices on Public Contracts Scotland, keyed by tender reference. */
@Component
public class NoticeWorkers {

    private final Notices notices;

    NoticeWorkers(Notices notices) {
        this.notices = notices;
    }

    record ContractNoticePublished(String contractNoticeId) {
    }

    record AwardNoticePublished(String awardNoticeId, boolean awardNoticeOnTime) {
    }

    @JobWorker(type = "publish-contract-notice")
    public ContractNoticePublished publishContractNotice(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            return new ContractNoticePublished(notices.publishContractNotice(tenderReference));
        }
    }

    @JobWorker(type = "publish-award-notice")
    public AwardNoticePublished publishAwardNotice(ActivatedJob job, @Variable String tenderReference,
            @Variable String publishedOn) {
        try (var ignored = ProcessLog.forJob(job)) {
            return notices.publishAwardNotice(tenderReference, LocalDate.parse(publishedOn));
        }
    }
}
