package scot.commissioningflow.commissioning.evaluation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** Ranks the responses for the moderator and the commissioner; keyed by tender reference. */
@Component
public class RankingWorker {

    private final Evaluation evaluation;

    RankingWorker(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * The ranking and the response it recommends, as the moderation and award-decision forms show them; a quick
     * quote checks the recommended hourly rate's sustainability before its award is recorded.
     */
    record Ranked(List<RankedResponse> ranking, long recommendedResponseId, String recommendedProvider,
            BigDecimal recommendedHourlyRate) {
    }

    @JobWorker(type = "rank-responses")
    public Ranked rank(ActivatedJob job, @Variable String tenderReference, @Variable List<String> evaluators) {
        try (var ignored = ProcessLog.forJob(job)) {
            List<RankedResponse> ranking = evaluation.ranking(tenderReference, evaluators);
            RankedResponse first = ranking.getFirst();
            return new Ranked(ranking, first.responseId(), first.providerName(), first.hourlyRate());
        }
    }
}
