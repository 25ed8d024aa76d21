package scot.commissioningflow.commissioning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.ProviderResponse.ResponseView;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * Evaluators score every response to be evaluated on quality and fair work, each in their own task; a procurement
 * officer then moderates. Scores are checked and kept here before the task in the process is completed.
 */
@Service
public class Evaluation {

    static final String SCORING_TASK = "ScoreResponses";
    static final String MODERATION_TASK = "ModerateScores";

    private final Tenders tenders;
    private final ProviderResponseRepository responses;
    private final EvaluationScoreRepository scores;
    private final TaskInbox inbox;
    private final Clock clock;

    Evaluation(Tenders tenders, ProviderResponseRepository responses, EvaluationScoreRepository scores,
            TaskInbox inbox, Clock clock) {
        this.tenders = tenders;
        this.responses = responses;
        this.scores = scores;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The responses to be scored, readable only once the deadline has passed and responses are opened. */
    @Transactional(readOnly = true)
    public List<ResponseView> responses(String reference) {
        Tender tender = tenders.load(reference);
        if (tender.status().responsesSealed()) {
            throw new Conflict("Responses to " + reference + " are sealed until the response deadline"
                    + (tender.responseDeadline() == null ? "" : " (" + tender.responseDeadline() + ")")
                    + " has passed; no one, the commissioner included, can read them before then.");
        }
        return responses.findByTenderReferenceAndRoundNumberOrderById(reference, tender.roundNumber()).stream()
                .map(ProviderResponse::view).toList();
    }

    @Transactional
    public TaskView score(String reference, String evaluator, ScoreSheet sheet) {
        TaskView task = openTask(reference, SCORING_TASK, evaluator, "a scoring task for " + evaluator);
        record(reference, evaluator, EvaluationScore.Stage.INDIVIDUAL, sheet, true);
        return inbox.complete(task.taskKey(), Map.of(), evaluator);
    }

    @Transactional
    public TaskView moderate(String reference, String moderator, ScoreSheet sheet) {
        if (sheet.moderationNotes() == null || sheet.moderationNotes().isBlank()) {
            throw new InvalidInput("moderationNotes", "moderationNotes must record how the panel reached consensus");
        }
        TaskView task = openTask(reference, MODERATION_TASK, null, "a moderation task");
        record(reference, moderator, EvaluationScore.Stage.MODERATED, sheet, false);
        return inbox.complete(task.taskKey(), Map.of("moderationNotes", sheet.moderationNotes()), moderator);
    }

    private TaskView openTask(String reference, String elementId, String assignee, String what) {
        List<TaskView> open = inbox.find(new TaskQuery(TaskStatus.OPEN, null, reference, null, elementId, assignee));
        if (open.isEmpty()) {
            throw new Conflict("There is no open " + what + " on " + reference + ".");
        }
        return open.getFirst();
    }

    private void record(String reference, String by, EvaluationScore.Stage stage, ScoreSheet sheet,
            boolean everyResponse) {
        Tender tender = tenders.load(reference);
        Set<Long> evaluable = new HashSet<>();
        responses.findByTenderReferenceAndRoundNumberOrderById(reference, tender.roundNumber()).stream()
                .filter(ProviderResponse::evaluable).forEach(r -> evaluable.add(r.id()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> scored = new HashSet<>();
        for (int i = 0; i < sheet.scores().size(); i++) {
            Long id = sheet.scores().get(i).responseId();
            if (!evaluable.contains(id)) {
                problems.add(new FieldProblem("scores[" + i + "].responseId", "scores[" + i + "].responseId " + id
                        + " is not a response being evaluated in " + reference));
            } else if (!scored.add(id)) {
                problems.add(new FieldProblem("scores[" + i + "].responseId", "scores[" + i + "].responseId " + id
                        + " is scored more than once"));
            }
        }
        if (everyResponse && problems.isEmpty() && !scored.equals(evaluable)) {
            Set<Long> missing = new HashSet<>(evaluable);
            missing.removeAll(scored);
            problems.add(new FieldProblem("scores", "scores must cover every response being evaluated; missing "
                    + missing));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (ScoreSheet.ResponseScore s : sheet.scores()) {
            if (!scores.existsByResponseIdAndEvaluatorAndStage(s.responseId(), by, stage.name())) {
                scores.save(new EvaluationScore(reference, s.responseId(), by, stage, s.quality(), s.fairWork(),
                        s.comments(), clock.instant()));
            }
        }
    }
}
