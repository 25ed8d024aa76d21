package scot.commissioningflow.collaboration.panel;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.CollaborationProcess;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.panel.PanelRequests.Declaration;
import scot.commissioningflow.collaboration.panel.PanelRequests.MarkView;
import scot.commissioningflow.collaboration.panel.PanelRequests.PanelItem;
import scot.commissioningflow.collaboration.panel.PanelRules.Candidate;
import scot.commissioningflow.collaboration.panel.PanelRules.Declared;
import scot.commissioningflow.collaboration.panel.PanelRules.Placement;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.RoundAccess;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * The panel's work on a round's eligible applications: each member declares conflicts, scores independently the
 * applications they are free to, and says when they are done; the funder moderates; the ranked list is funded within
 * the budget. Every refusal to a conflicted member is made here, whatever the caller.
 */
@Service
public class Panel {

    private final Rounds rounds;
    private final Applications applications;
    private final Conflicts conflicts;
    private final ConflictDeclarationRepository declarations;
    private final PanelScoreRepository scores;
    private final ModeratedScoreRepository moderated;
    private final TaskInbox inbox;
    private final AuditTrail audit;
    private final Clock clock;

    Panel(Rounds rounds, Applications applications, Conflicts conflicts, ConflictDeclarationRepository declarations,
            PanelScoreRepository scores, ModeratedScoreRepository moderated, TaskInbox inbox, AuditTrail audit,
            Clock clock) {
        this.rounds = rounds;
        this.applications = applications;
        this.conflicts = conflicts;
        this.declarations = declarations;
        this.scores = scores;
        this.moderated = moderated;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The round's eligible applications a member declares on: names only, and where each declaration stands. */
    @Transactional(readOnly = true)
    public List<PanelItem> itemsFor(String roundReference, SignedInPerson member) {
        FundingRound round = requireMember(roundReference, member);
        return eligible(round).stream().map(a -> new PanelItem(a.reference(), a.title(), a.lead().name(),
                a.partners().stream().filter(p -> !p.lead()).map(PartnerEntry::name).toList(),
                conflicts.declared(a.reference(), member.username()))).toList();
    }

    /** Records declarations; one already made stands (a conflict, once declared, is never withdrawn). */
    @Transactional
    public List<PanelItem> declare(String roundReference, List<Declaration> given, SignedInPerson member) {
        FundingRound round = requireMember(roundReference, member);
        Set<String> eligible = eligible(round).stream().map(JointApplication::reference).collect(Collectors.toSet());
        for (Declaration declaration : given) {
            if (!eligible.contains(declaration.applicationReference())) {
                throw new InvalidInput("declarations", declaration.applicationReference()
                        + " is not an application this panel assesses");
            }
            if (declaration.conflicted() && (declaration.interest() == null || declaration.interest().isBlank())) {
                throw new InvalidInput("declarations", "say what the interest in "
                        + declaration.applicationReference() + " is");
            }
        }
        for (Declaration declaration : given) {
            if (conflicts.declared(declaration.applicationReference(), member.username()) != Declared.NOT_YET) {
                continue;
            }
            declarations.save(new ConflictDeclaration(roundReference, declaration.applicationReference(),
                    member.username(), declaration.conflicted(), declaration.interest(), clock.instant()));
            audit.record(member, AuditEntry.of("collaboration.conflict-declared", "collaboration-application",
                    declaration.applicationReference(), declaration.conflicted()
                            ? "Conflict of interest: " + declaration.interest() : "No conflict of interest"));
        }
        return itemsFor(roundReference, member);
    }

    /** A member's own marks for one application; given again before they are done, they replace the earlier ones. */
    @Transactional
    public void score(String applicationReference, List<PanelRequests.CriterionScore> given, SignedInPerson member) {
        JointApplication application = applications.load(applicationReference);
        FundingRound round = requireMember(application.roundReference(), member);
        String barrier = conflicts.whyNotFree(applicationReference, member.username());
        if (barrier != null) {
            throw new Refused(barrier);
        }
        if (application.status() != JointApplication.Status.ELIGIBLE) {
            throw new Conflict("Application " + applicationReference + " is not waiting for the panel's scores.");
        }
        openScoringTask(round, member);
        Set<String> criteria = round.criteria().stream().map(Criterion::name).collect(Collectors.toSet());
        Set<String> scored = given.stream().map(PanelRequests.CriterionScore::criterion).collect(Collectors.toSet());
        if (!scored.equals(criteria) || scored.size() != given.size()) {
            throw new InvalidInput("scores", "give one mark for each of the round's criteria: "
                    + String.join(", ", round.criteria().stream().map(Criterion::name).toList()));
        }
        Map<String, PanelScore> earlier = scores.findByApplicationReferenceAndPanelMember(applicationReference,
                member.username()).stream().collect(Collectors.toMap(PanelScore::criterion, s -> s));
        for (var mark : given) {
            PanelScore kept = earlier.get(mark.criterion());
            if (kept == null) {
                scores.save(new PanelScore(applicationReference, member.username(), mark.criterion(), mark.score(),
                        mark.comment(), clock.instant()));
            } else {
                kept.rescore(mark.score(), mark.comment(), clock.instant());
            }
        }
    }

    /** The member is done: every application declared on, and every one they are free to, scored. */
    @Transactional
    public TaskView scoringComplete(String roundReference, SignedInPerson member) {
        FundingRound round = requireMember(roundReference, member);
        TaskView task = openScoringTask(round, member);
        for (JointApplication application : eligible(round)) {
            Declared declared = conflicts.declared(application.reference(), member.username());
            if (declared == Declared.NOT_YET) {
                throw new Conflict("Declare whether you have a conflict of interest in " + application.reference()
                        + " before you finish.");
            }
            if (declared == Declared.NO_CONFLICT && scores.findByApplicationReferenceAndPanelMember(
                    application.reference(), member.username()).isEmpty()) {
                throw new Conflict("Score " + application.reference() + " before you finish.");
            }
        }
        audit.record(member, AuditEntry.of("collaboration.scoring-complete", "collaboration-round", roundReference,
                "Panel member finished scoring"));
        return inbox.complete(task.taskKey(), Map.of("scoredBy", member.username()), member.username());
    }

    /** Every member's marks, for the funder to moderate. */
    @Transactional(readOnly = true)
    public List<MarkView> marks(String roundReference, SignedInPerson funder) {
        FundingRound round = rounds.get(roundReference);
        RoundAccess.requireFunder(round, funder, "see the panel's marks");
        List<String> references = eligible(round).stream().map(JointApplication::reference).toList();
        return scores.findByApplicationReferenceIn(references).stream().map(s -> new MarkView(
                s.applicationReference(), s.panelMember(), s.criterion(), s.score(), s.comment())).toList();
    }

    /** The funder's moderation, which lets the ranking go ahead. */
    @Transactional
    public TaskView moderate(String roundReference, PanelRequests.Moderation moderation, SignedInPerson funder) {
        FundingRound round = rounds.get(roundReference);
        RoundAccess.requireFunder(round, funder, "moderate the panel's scores");
        List<TaskView> open = inbox.find(TaskQuery.open().forBusinessKey(roundReference)
                .atElement(CollaborationProcess.MODERATE_SCORES));
        if (open.isEmpty()) {
            throw new Conflict("Round " + roundReference + " is not waiting for moderation: the panel has not"
                    + " finished scoring, or moderation is done.");
        }
        Set<String> eligible = eligible(round).stream().map(JointApplication::reference).collect(Collectors.toSet());
        Set<String> criteria = round.criteria().stream().map(Criterion::name).collect(Collectors.toSet());
        var marks = moderation.moderatedScores() == null ? List.<PanelRequests.ModeratedMark>of()
                : moderation.moderatedScores();
        for (var mark : marks) {
            if (!eligible.contains(mark.applicationReference()) || !criteria.contains(mark.criterion())) {
                throw new InvalidInput("moderatedScores", mark.applicationReference() + " " + mark.criterion()
                        + " is not a criterion of an application this panel assesses");
            }
        }
        for (var mark : marks) {
            if (moderated.findByApplicationReferenceAndCriterion(mark.applicationReference(), mark.criterion())
                    .isEmpty()) {
                moderated.save(new ModeratedScore(mark.applicationReference(), mark.criterion(), mark.score(),
                        mark.reason(), funder.username(), clock.instant()));
                audit.record(funder, AuditEntry.of("collaboration.score-moderated", "collaboration-application",
                        mark.applicationReference(), mark.criterion() + " moderated to " + mark.score()
                                .toPlainString() + ": " + mark.reason()));
            }
        }
        rounds.setAwardConditions(roundReference, moderation.awardConditions());
        return inbox.complete(open.getFirst().taskKey(), Map.of("moderatedBy", funder.username()),
                funder.username());
    }

    /** Ranks the eligible applications on their moderated weighted scores and records which are funded. */
    @Transactional
    public List<Placement> rank(String roundReference) {
        FundingRound round = rounds.get(roundReference);
        List<JointApplication> ranked = applications.inRound(roundReference, JointApplication.Status.ELIGIBLE,
                JointApplication.Status.AWARDED, JointApplication.Status.UNSUCCESSFUL);
        List<String> references = ranked.stream().map(JointApplication::reference).toList();
        Map<String, Integer> weights = new LinkedHashMap<>();
        round.criteria().forEach(c -> weights.put(c.name(), c.weight()));
        Map<String, List<PanelRules.Mark>> marks = scores.findByApplicationReferenceIn(references).stream()
                .collect(Collectors.groupingBy(PanelScore::applicationReference, Collectors.mapping(
                        s -> new PanelRules.Mark(s.criterion(), s.score()), Collectors.toList())));
        Map<String, Map<String, BigDecimal>> agreed = moderated.findByApplicationReferenceIn(references).stream()
                .collect(Collectors.groupingBy(ModeratedScore::applicationReference,
                        Collectors.toMap(ModeratedScore::criterion, ModeratedScore::score)));
        List<Candidate> candidates = ranked.stream().map(a -> new Candidate(a.reference(),
                PanelRules.weightedScore(weights, marks.getOrDefault(a.reference(), List.of()),
                        agreed.getOrDefault(a.reference(), Map.of())), a.requestedAmount())).toList();
        List<Placement> placements = PanelRules.fundWithinBudget(candidates, round.budget());
        Map<String, JointApplication> byReference = ranked.stream()
                .collect(Collectors.toMap(JointApplication::reference, a -> a));
        for (Placement placement : placements) {
            byReference.get(placement.reference()).ranked(placement.score(), placement.position(),
                    placement.funded(), placement.reason());
            audit.recordBySystem("collaboration", AuditEntry.of("collaboration.application-ranked",
                    "collaboration-application", placement.reference(), placement.reason()));
        }
        return placements;
    }

    /** Each criterion's marks for one application, averaged or moderated, for the applicant's letter. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> criterionScores(String applicationReference, FundingRound round) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        List<PanelScore> given = scores.findByApplicationReferenceIn(List.of(applicationReference));
        Map<String, BigDecimal> agreed = moderated.findByApplicationReferenceIn(List.of(applicationReference))
                .stream().collect(Collectors.toMap(ModeratedScore::criterion, ModeratedScore::score));
        for (Criterion criterion : round.criteria()) {
            Map<String, Integer> one = Map.of(criterion.name(), 100);
            result.put(criterion.name(), PanelRules.weightedScore(one, given.stream()
                    .filter(s -> s.criterion().equals(criterion.name()))
                    .map(s -> new PanelRules.Mark(s.criterion(), s.score())).toList(), agreed));
        }
        return result;
    }

    private List<JointApplication> eligible(FundingRound round) {
        return applications.inRound(round.reference(), JointApplication.Status.ELIGIBLE);
    }

    private FundingRound requireMember(String roundReference, SignedInPerson member) {
        FundingRound round = rounds.get(roundReference);
        if (!RoundAccess.onPanel(round, member)) {
            throw new Refused("Only the members of round " + roundReference + "'s panel can declare conflicts and"
                    + " score its applications.");
        }
        return round;
    }

    private TaskView openScoringTask(FundingRound round, SignedInPerson member) {
        List<TaskView> open = inbox.find(new TaskQuery(TaskStatus.OPEN, null, round.reference(), null,
                CollaborationProcess.SCORE_APPLICATIONS, member.username()));
        if (open.isEmpty()) {
            throw new Conflict("Round " + round.reference() + " is not waiting for your scores: scoring has not"
                    + " started, or you have finished.");
        }
        return open.getFirst();
    }
}
