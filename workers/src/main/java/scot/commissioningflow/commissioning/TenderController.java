package scot.commissioningflow.commissioning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.AwardDecision.AwardView;
import scot.commissioningflow.commissioning.Clarification.ClarificationView;
import scot.commissioningflow.commissioning.DebriefLetter.LetterView;
import scot.commissioningflow.commissioning.ProviderResponse.ResponseView;
import scot.commissioningflow.commissioning.StandstillChallenge.ChallengeView;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/** Commissioners and evaluators: create and follow tenders, answer questions, score, moderate and award. */
@RestController
@RequestMapping("/api/tenders")
@Tag(name = "Tenders", description = "Commissioning a service: from need and outcomes to a live contract")
class TenderController {

    private final Tenders tenders;
    private final Clarifications clarifications;
    private final Evaluation evaluation;
    private final Awards awards;
    private final TaskInbox inbox;

    TenderController(Tenders tenders, Clarifications clarifications, Evaluation evaluation, Awards awards,
            TaskInbox inbox) {
        this.tenders = tenders;
        this.clarifications = clarifications;
        this.evaluation = evaluation;
        this.awards = awards;
        this.inbox = inbox;
    }

    record Answer(@NotBlank String answer) {
    }

    record AwardApproval(@NotNull Boolean approve, @NotBlank String rationale) {
    }

    @PostMapping
    @Operation(summary = "Record a need, its outcomes and who shaped them; starts the tender process")
    ResponseEntity<TenderView> create(@Valid @RequestBody TenderRequest request,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        TenderView created = tenders.create(request, user);
        return ResponseEntity.created(URI.create("/api/tenders/" + created.reference())).body(created);
    }

    @GetMapping("/{reference}")
    TenderView get(@PathVariable String reference) {
        return tenders.get(reference);
    }

    @GetMapping("/{reference}/clarifications")
    @Operation(summary = "Every clarification question, answered or not, and who each answer was shared with")
    List<ClarificationView> clarifications(@PathVariable String reference) {
        return clarifications.all(reference);
    }

    @PostMapping("/{reference}/clarifications/{id}/answer")
    @Operation(summary = "Answer a question; the answer goes to every provider who registered interest")
    TaskView answer(@PathVariable String reference, @PathVariable long id, @Valid @RequestBody Answer answer,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        return clarifications.answer(reference, id, answer.answer(), user);
    }

    @GetMapping("/{reference}/responses")
    @Operation(summary = "The responses, refused while they are sealed (before the response deadline has passed)")
    List<ResponseView> responses(@PathVariable String reference) {
        return evaluation.responses(reference);
    }

    @PostMapping("/{reference}/evaluations")
    @Operation(summary = "An evaluator's scores for every response, completing their scoring task")
    TaskView score(@PathVariable String reference, @Valid @RequestBody ScoreSheet sheet,
            @RequestHeader(name = "X-User") String evaluator) {
        return evaluation.score(reference, evaluator, sheet);
    }

    @PostMapping("/{reference}/moderation")
    @Operation(summary = "The moderated consensus scores and how the panel reached them")
    TaskView moderate(@PathVariable String reference, @Valid @RequestBody ScoreSheet sheet,
            @RequestHeader(name = "X-User") String moderator) {
        return evaluation.moderate(reference, moderator, sheet);
    }

    @PostMapping("/{reference}/award-decision")
    @Operation(summary = "Approve the recommended award, or send it back to moderation")
    TaskView decideAward(@PathVariable String reference, @Valid @RequestBody AwardApproval decision,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference).atElement("DecideAward")).stream()
                .findFirst().orElseThrow(() -> new Conflict("Tender " + reference + " has no award waiting for a"
                        + " decision."));
        return inbox.complete(task.taskKey(), Map.of("awardApproved", decision.approve(),
                "awardRationale", decision.rationale()), user);
    }

    @GetMapping("/{reference}/award")
    AwardView award(@PathVariable String reference) {
        return awards.award(reference);
    }

    @GetMapping("/{reference}/debrief-letters")
    List<LetterView> debriefLetters(@PathVariable String reference) {
        return awards.letters(reference);
    }

    @GetMapping("/{reference}/challenges")
    List<ChallengeView> challenges(@PathVariable String reference) {
        return awards.challenges(reference);
    }
}
