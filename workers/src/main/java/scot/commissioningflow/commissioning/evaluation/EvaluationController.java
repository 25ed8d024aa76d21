package scot.commissioningflow.commissioning.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.tasks.TaskView;

/** Evaluators and the moderator: read the opened responses, score them, and agree consensus scores. */
@RestController
@RequestMapping("/api/tenders/{reference}")
@Tag(name = "Tenders")
class EvaluationController {

    private final Responses responses;
    private final Evaluation evaluation;

    EvaluationController(Responses responses, Evaluation evaluation) {
        this.responses = responses;
        this.evaluation = evaluation;
    }

    @GetMapping("/responses")
    @Operation(summary = "The responses, refused while they are sealed (before the response deadline has passed);"
            + " a provider sees only its own")
    List<ResponseView> responses(@PathVariable String reference, SignedInPerson person) {
        return responses.opened(reference, person);
    }

    @PostMapping("/evaluations")
    @Operation(summary = "An evaluator's scores for every response, completing their scoring task")
    TaskView score(@PathVariable String reference, @Valid @RequestBody ScoreSheet sheet, SignedInPerson evaluator) {
        return evaluation.score(reference, evaluator, sheet);
    }

    @PostMapping("/moderation")
    @Operation(summary = "The moderated consensus scores and how the panel reached them; again after a send-back")
    TaskView moderate(@PathVariable String reference, @Valid @RequestBody ScoreSheet sheet,
            SignedInPerson moderator) {
        return evaluation.moderate(reference, moderator, sheet);
    }
}
