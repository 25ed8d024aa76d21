package scot.commissioningflow.collaboration;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.collaboration.application.ApplicationView;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.collaboration.panel.Panel;
import scot.commissioningflow.collaboration.panel.PanelRequests.CriterionScore;
import scot.commissioningflow.collaboration.panel.PanelRequests.Declaration;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundView;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Collaboration funding in the browser: the rounds; a round with the joint applications each person may see; one
 * application, where each partner confirms its part in its own words and the lead submits; and the panel's part,
 * declaring any conflict of interest on each application and then marking it on the round's criteria. Who sees which
 * application, and when a panel member may score, are {@link Applications}' and {@link Panel}'s rules. Opening a
 * round, starting an application and attaching its agreement, moderation and grants have their own pages beside
 * their services ({@code round}, {@code application}, {@code panel}, {@code payments}).
 */
@Controller
class CollaborationPages extends Pages implements StartingPoints {

    private static final String ROUNDS = "/collaboration";

    private final Rounds rounds;
    private final Applications applications;
    private final Panel panel;
    private final Validator validator;

    CollaborationPages(Rounds rounds, Applications applications, Panel panel, Validator validator) {
        this.rounds = rounds;
        this.applications = applications;
        this.panel = panel;
        this.validator = validator;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        if (person.has(Role.PANEL_MEMBER)) {
            return List.of(new StartingPoint(50, "Collaboration funding", ROUNDS, "The funding rounds you assess: "
                    + "declare any conflict of interest, then mark each joint application."));
        }
        return person.hasAny(Role.PROVIDER_USER, Role.COMMISSIONER, Role.PROCUREMENT_LEAD) ? List.of(
                new StartingPoint(50, "Collaboration funding", ROUNDS, "Funding for providers who work together: "
                        + "the rounds, joint applications and their outcomes.")) : List.of();
    }

    @GetMapping(ROUNDS)
    String list(SignedInPerson person, Model model) {
        model.addAttribute("rounds", rounds.all());
        model.addAttribute("mayOpen", person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_LEAD));
        model.addAttribute("currentPath", ROUNDS);
        return "collaboration/rounds";
    }

    @GetMapping(ROUNDS + "/rounds/{reference}")
    String round(@PathVariable String reference, SignedInPerson person, Model model) {
        return roundPage(reference, person, model, List.of());
    }

    /** A panel member's declaration on one application: no interest, or the interest in their words. */
    @PostMapping(ROUNDS + "/rounds/{reference}/conflicts")
    String declare(@PathVariable String reference, @RequestParam(required = false) String applicationReference,
            @RequestParam(required = false) String conflicted, @RequestParam(required = false) String interest,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        if (applicationReference == null || applicationReference.isBlank()) {
            return roundPage(reference, person, model, List.of(new FieldProblem("applications", "Choose the "
                    + "application you are declaring on")));
        }
        String field = "declared-" + applicationReference;
        if (conflicted == null) {
            return roundPage(reference, person, model, List.of(new FieldProblem(field, "Say whether you have a "
                    + "conflict of interest in " + applicationReference)));
        }
        Declaration declaration = new Declaration(applicationReference, "yes".equals(conflicted),
                interest == null || interest.isBlank() ? null : interest);
        List<FieldProblem> problems = FormInput.problems(validator.validate(declaration),
                Map.of("interest", field), Map.of(field, "The interest"), List.of());
        if (!problems.isEmpty()) {
            return roundPage(reference, person, model, problems);
        }
        try {
            panel.declare(reference, List.of(declaration), person);
        } catch (InvalidInput e) {
            return roundPage(reference, person, model, e.problems().stream()
                    .map(problem -> new FieldProblem(field, capitalised(problem.message()))).toList());
        }
        redirect.addFlashAttribute("confirmation", declaration.conflicted() ? "Your conflict of interest is "
                + "recorded: you will neither see nor score " + applicationReference + "."
                : "Recorded: you have no conflict of interest in " + applicationReference + ". You can read and "
                        + "mark it now.");
        return "redirect:" + ROUNDS + "/rounds/" + reference;
    }

    /** A panel member tells the funder they have declared on and marked everything they are asked to. */
    @PostMapping(ROUNDS + "/rounds/{reference}/scoring-complete")
    String scoringComplete(@PathVariable String reference, SignedInPerson person, RedirectAttributes redirect) {
        panel.scoringComplete(reference, person);
        redirect.addFlashAttribute("confirmation", "The funder is told you have finished scoring this round.");
        return "redirect:" + ROUNDS + "/rounds/" + reference;
    }

    @GetMapping(ROUNDS + "/applications/{reference}")
    String application(@PathVariable String reference, SignedInPerson person, Model model) {
        // An agreement refused by ApplicationPages' upload comes back here, to the form it was sent from.
        @SuppressWarnings("unchecked")
        List<FieldProblem> refused = (List<FieldProblem>) model.getAttribute("problems");
        return applicationPage(reference, person, model, refused == null ? List.of() : refused, Map.of());
    }

    @PostMapping(ROUNDS + "/applications/{reference}/confirmation")
    String confirm(@PathVariable String reference, @RequestParam(required = false) String inOwnWords,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        if (inOwnWords == null || inOwnWords.isBlank() || inOwnWords.length() > TextLimits.NOTE) {
            return applicationPage(reference, person, model, List.of(new FieldProblem("inOwnWords",
                    inOwnWords == null || inOwnWords.isBlank() ? "Say your organisation's part in your own words"
                            : "Your part " + TextLimits.NOTE_TOO_LONG)), Map.of());
        }
        applications.confirmPart(reference, inOwnWords, person);
        redirect.addFlashAttribute("confirmation", "Your part is confirmed in your words.");
        return "redirect:" + ROUNDS + "/applications/" + reference;
    }

    @PostMapping(ROUNDS + "/applications/{reference}/submission")
    String submit(@PathVariable String reference, SignedInPerson person, RedirectAttributes redirect) {
        applications.submit(reference, person);
        redirect.addFlashAttribute("confirmation", "The joint application is submitted. Its eligibility is "
                + "checked now; the panel assesses it after the round closes.");
        return "redirect:" + ROUNDS + "/applications/" + reference;
    }

    /** A panel member's marks: one score and comment for each of the round's criteria, in the form's order. */
    @PostMapping(ROUNDS + "/applications/{reference}/scores")
    String score(@PathVariable String reference, @RequestParam(name = "criterion", required = false)
            List<String> criteria, @RequestParam(name = "score", required = false) List<String> scores,
            @RequestParam(name = "comment", required = false) List<String> comments, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        if (criteria == null || criteria.isEmpty()) {
            // A form with no marks in it saves nothing: back to the application.
            return "redirect:" + ROUNDS + "/applications/" + reference;
        }
        List<String> named = criteria;
        List<FieldProblem> problems = new ArrayList<>();
        List<CriterionScore> given = new ArrayList<>();
        Map<String, String> typed = new java.util.HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            String score = scores != null && i < scores.size() ? scores.get(i) : null;
            String comment = comments != null && i < comments.size() ? comments.get(i) : null;
            typed.put("score-" + i, score);
            typed.put("comment-" + i, comment);
            List<FieldProblem> forThis = new ArrayList<>();
            CriterionScore mark = new CriterionScore(named.get(i), FormInput.amount(score, "score-" + i,
                    "The mark for " + named.get(i), forThis), comment);
            problems.addAll(FormInput.problems(validator.validate(mark), Map.of("score", "score-" + i, "comment",
                    "comment-" + i), Map.of("score-" + i, "The mark for " + named.get(i), "comment-" + i,
                    "Why you gave that mark for " + named.get(i)), forThis));
            given.add(mark);
        }
        if (!problems.isEmpty()) {
            return applicationPage(reference, person, model, problems, typed);
        }
        try {
            panel.score(reference, given, person);
        } catch (InvalidInput e) {
            return applicationPage(reference, person, model, e.problems().stream()
                    .map(problem -> new FieldProblem("score-0", capitalised(problem.message()))).toList(), typed);
        }
        redirect.addFlashAttribute("confirmation", "Your marks are saved. You can change them until you tell the "
                + "funder you have finished scoring.");
        return "redirect:" + ROUNDS + "/applications/" + reference;
    }

    private String roundPage(String reference, SignedInPerson person, Model model, List<FieldProblem> problems) {
        RoundView round = rounds.view(reference);
        boolean onPanel = person.has(Role.PANEL_MEMBER) && round.panelMembers().contains(person.username());
        model.addAttribute("round", round);
        model.addAttribute("applications", person.has(Role.PANEL_MEMBER) ? List.of()
                : applications.forRound(reference, person));
        model.addAttribute("panelItems", onPanel ? panel.itemsFor(reference, person) : List.of());
        model.addAttribute("mayApply", person.has(Role.PROVIDER_USER)
                && round.status() == scot.commissioningflow.collaboration.round.FundingRound.Status.OPEN);
        model.addAttribute("isFunder", person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_LEAD)
                && person.worksFor(round.funderOrganisation()));
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", ROUNDS);
        return "collaboration/round";
    }

    private String applicationPage(String reference, SignedInPerson person, Model model,
            List<FieldProblem> problems, Map<String, String> typed) {
        ApplicationView application = applications.view(reference, person);
        RoundView round = rounds.view(application.roundReference());
        boolean provider = person.has(Role.PROVIDER_USER);
        model.addAttribute("jointApplication", application);
        model.addAttribute("round", round);
        model.addAttribute("criteria", round.criteria().stream().map(Criterion::name).toList());
        model.addAttribute("guidance", round.criteria());
        model.addAttribute("isLead", provider && person.actsForProvider(application.leadProvider()));
        model.addAttribute("ownPart", provider ? application.partners().stream()
                .filter(partner -> person.actsForProvider(partner.providerReference())).findFirst().orElse(null)
                : null);
        model.addAttribute("grantReference", application.status() == JointApplication.Status.AWARDED
                && !person.has(Role.PANEL_MEMBER) ? Grants.referenceFor(application.reference()) : null);
        model.addAttribute("mayScore", person.has(Role.PANEL_MEMBER) && application.status().name().equals("ELIGIBLE"));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", ROUNDS);
        return "collaboration/application";
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
