package scot.commissioningflow.isf.choice;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.process.ProcessLog;

/** The choice steps of processes/isf/option2-individual-service-fund.bpmn, keyed by the ISF reference. */
@Component
public class ChoiceWorkers {

    private final Choices choices;

    ChoiceWorkers(Choices choices) {
        this.choices = choices;
    }

    @JobWorker(type = "record-isf-choice")
    public void recordChoice(ActivatedJob job, @VariablesAsType ChosenProvider choice) {
        try (var ignored = ProcessLog.forJob(job)) {
            choices.recordChoice(choice);
        }
    }

    @JobWorker(type = "record-isf-provider-answer")
    public Choices.AnswerRecorded recordAnswer(ActivatedJob job, @VariablesAsType ProviderAnswered answer) {
        try (var ignored = ProcessLog.forJob(job)) {
            return choices.recordAnswer(answer, job.getElementInstanceKey());
        }
    }

    /** Reached after a refusal or after fair work was not met; {@code providerAccepted} says which. */
    @JobWorker(type = "record-isf-provider-unavailable")
    public void providerUnavailable(ActivatedJob job, @Variable String isfReference,
            @Variable Boolean providerAccepted, @Variable String acceptanceNotes) {
        try (var ignored = ProcessLog.forJob(job)) {
            choices.providerUnavailable(isfReference, Boolean.TRUE.equals(providerAccepted), acceptanceNotes,
                    job.getElementInstanceKey());
        }
    }
}
