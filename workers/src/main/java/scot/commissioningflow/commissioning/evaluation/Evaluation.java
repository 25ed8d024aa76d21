package scot.commissioningflow.commissioning.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.evaluation.EvaluationScore.Stage;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * Evaluators score every response to be evaluated on quality and fair work, each in their own task; a procurement
 * officer then moderates, again each time the commissioner sends the award back. Scores are checked and kept here
 * before the task in the process is completed; the ranking is computed from them.
 */
@Service
public class Evaluation {

    private final Tenders tenders;
    private final Responses responses;
    private final EvaluationScoreRepository scores;
    private final TaskInbox inbox;
    private final AuditTrail audit;
    private final Clock clock;

    Evaluation(Tenders tenders, Responses responses, EvaluationScoreRepository scores, TaskInbox inbox,
            AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.responses = responses;
        this.scores = scores;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Once per evaluator: the marks they sent first are the ones kept. Only an evaluator of the buying council scores,
     * and only in the scoring task the tender assigned to them.
     */
    @Transactional
    public TaskView score(String reference, SignedInPerson person, ScoreSheet sheet) {
        TenderView tender = tenders.get(reference);
        TenderAccess.requireBuyerStaff(person, tender, "score its responses");
        String evaluator = person.username();
        TaskView task = openTask(reference, TenderProcess.SCORE_RESPONSES, evaluator,
                "scoring task for " + evaluator);
        check(reference, sheet, true);
        for (ScoreSheet.ResponseScore s : sheet.scores()) {
            if (!scores.existsByResponseIdAndEvaluatorAndStage(s.responseId(), evaluator, Stage.INDIVIDUAL.name())) {
                save(reference, s, evaluator, Stage.INDIVIDUAL, 1);
            }
        }
        audit.record(person, AuditEntry.of("tender.scored", "tender", reference, "Individual scores: "
                + marks(sheet) + ".").inProcess(tender.processInstanceKey()));
        return inbox.complete(task.taskKey(), new ScoresStored(), evaluator);
    }

    /**
     * Each moderation is a new round of consensus marks; the earlier rounds stay on record. Only staff of the buying
     * council moderate.
     */
    @Transactional
    public TaskView moderate(String reference, SignedInPerson person, ScoreSheet sheet) {
        TenderView tender = tenders.get(reference);
        TenderAccess.requireBuyerStaff(person, tender, "moderate its scores");
        String moderator = person.username();
        if (sheet.moderationNotes() == null || sheet.moderationNotes().isBlank()) {
            throw new InvalidInput("moderationNotes", "moderationNotes must record how the panel reached consensus");
        }
        TaskView task = openTask(reference, TenderProcess.MODERATE_SCORES, null, "moderation task");
        check(reference, sheet, false);
        int round = scores.findByTenderReferenceOrderById(reference).stream()
                .filter(s -> s.stage() == Stage.MODERATED).mapToInt(EvaluationScore::moderationRound).max()
                .orElse(0) + 1;
        sheet.scores().forEach(s -> save(reference, s, moderator, Stage.MODERATED, round));
        audit.record(person, AuditEntry.of("tender.moderated", "tender", reference, "Moderation round " + round
                + ": " + marks(sheet) + ". " + sheet.moderationNotes()).inProcess(tender.processInstanceKey()));
        return inbox.complete(task.taskKey(), new Moderated(sheet.moderationNotes()), moderator);
    }

    /** Every evaluator must have scored every response: a gap is an incident naming who has not. */
    @Transactional(readOnly = true)
    public List<RankedResponse> ranking(String reference, List<String> evaluators) {
        List<ResponseView> evaluable = responses.ofCurrentRound(reference).stream()
                .filter(ResponseView::evaluable).toList();
        List<EvaluationScore> marks = scores.findByTenderReferenceOrderById(reference);
        Set<Long> ids = evaluable.stream().map(ResponseView::id).collect(Collectors.toSet());
        for (String evaluator : evaluators) {
            Set<Long> scored = marks.stream().filter(s -> s.evaluator().equals(evaluator)
                    && s.stage() == Stage.INDIVIDUAL).map(EvaluationScore::responseId)
                    .collect(Collectors.toSet());
            if (!scored.containsAll(ids)) {
                throw new IllegalStateException("Evaluator " + evaluator + " has not scored every response to "
                        + reference + "; scores are recorded through POST /api/tenders/" + reference
                        + "/evaluations");
            }
        }
        List<EvaluationScore> counted = marks.stream().filter(s -> ids.contains(s.responseId())).toList();
        return Ranking.rank(tenders.get(reference).weights(), evaluable, counted);
    }

    private TaskView openTask(String reference, String elementId, String assignee, String what) {
        List<TaskView> open = inbox.find(new TaskQuery(TaskStatus.OPEN, null, reference, null, elementId, assignee));
        if (open.isEmpty()) {
            throw new Conflict("There is no open " + what + " on " + reference + ".");
        }
        return open.getFirst();
    }

    /** Refuses a sheet naming responses not being evaluated, or (for an evaluator) leaving one out. */
    private void check(String reference, ScoreSheet sheet, boolean everyResponse) {
        Set<Long> evaluable = new HashSet<>();
        responses.ofCurrentRound(reference).stream().filter(ResponseView::evaluable)
                .forEach(r -> evaluable.add(r.id()));
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
    }

    /** The marks of a sheet as the trail keeps them: response, quality and fair work. */
    private static String marks(ScoreSheet sheet) {
        return sheet.scores().stream().map(s -> "response " + s.responseId() + " quality "
                + s.quality().toPlainString() + ", fair work " + s.fairWork().toPlainString())
                .collect(Collectors.joining("; "));
    }

    private void save(String reference, ScoreSheet.ResponseScore s, String by, Stage stage, int round) {
        scores.save(new EvaluationScore(reference, s.responseId(), by, stage, round, s.quality(), s.fairWork(),
                s.comments(), clock.instant()));
    }

    /** The scoring task hands the process nothing of its own: the evaluator's scores are stored here, by response. */
    record ScoresStored() {
    }

    /** The field of the moderation task's form; the consensus marks themselves are stored here. */
    record Moderated(String moderationNotes) {
    }
}
