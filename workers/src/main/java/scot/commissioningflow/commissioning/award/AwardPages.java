package scot.commissioningflow.commissioning.award;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.portal.Pages;

/**
 * The award in the browser. The buying council's staff see the recommended award with the ranking behind it, and a
 * commissioner approves it or sends it back to moderation with reasons; once decided, the page shows the standstill
 * and any challenge. A provider sees, for a tender it responded to, the debrief letter written to it and its own
 * challenges, and challenges while standstill runs. The rules are {@link Awards}' and {@link StandstillChallenges}'.
 */
@Controller
class AwardPages extends Pages {

    private final Awards awards;
    private final StandstillChallenges challenges;
    private final Tenders tenders;

    AwardPages(Awards awards, StandstillChallenges challenges, Tenders tenders) {
        this.awards = awards;
        this.challenges = challenges;
        this.tenders = tenders;
    }

    @GetMapping("/tenders/{reference}/award")
    String award(@PathVariable String reference, SignedInPerson person, Model model) {
        return awardPage(reference, person, model, null, null, List.of());
    }

    @PostMapping("/tenders/{reference}/award")
    String decide(@PathVariable String reference, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String rationale, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"approve".equals(decision) && !"send-back".equals(decision)) {
            problems.add(new FieldProblem("decision", "Choose whether to approve the award or send it back to "
                    + "moderation"));
        }
        if (rationale == null || rationale.isBlank()) {
            problems.add(new FieldProblem("rationale", "Enter the reasons for your decision: they are kept with it "
                    + "and explain it to providers"));
        } else if (rationale.length() > TextLimits.NOTE) {
            problems.add(new FieldProblem("rationale", "The reasons must be at most 100,000 characters"));
        }
        if (!problems.isEmpty()) {
            return awardPage(reference, person, model, decision, rationale, problems);
        }
        boolean approve = decision.equals("approve");
        awards.decide(reference, approve, rationale, person);
        redirect.addFlashAttribute("confirmation", approve
                ? "You approved the award. Debrief letters go to the other providers and standstill begins."
                : "You sent the award back to moderation. The panel will agree new scores.");
        return "redirect:/tenders/" + reference + "/award";
    }

    @GetMapping("/opportunities/{reference}/outcome")
    String outcome(@PathVariable String reference, SignedInPerson person, Model model) {
        return outcomePage(reference, person, model, null, List.of());
    }

    @PostMapping("/opportunities/{reference}/challenges")
    String challenge(@PathVariable String reference, @RequestParam(required = false) String grounds,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        String problem = grounds == null || grounds.isBlank() ? "Enter the grounds of your challenge"
                : grounds.length() > TextLimits.STATEMENT ? "The grounds must be at most "
                        + String.format("%,d", TextLimits.STATEMENT) + " characters" : null;
        if (problem != null) {
            return outcomePage(reference, person, model, grounds, List.of(new FieldProblem("grounds", problem)));
        }
        challenges.receive(reference, person.organisation(), grounds, person);
        redirect.addFlashAttribute("confirmation", "Your challenge was received. The contract cannot be made while "
                + "the council reviews it; you will be told the outcome.");
        return "redirect:/opportunities/" + reference + "/outcome";
    }

    private String awardPage(String reference, SignedInPerson person, Model model, String decision,
            String rationale, List<FieldProblem> problems) {
        model.addAttribute("standing", awards.standing(reference, person));
        model.addAttribute("challenges", challenges.of(reference, person));
        // Procurement staff follow the award; only a commissioner decides it (as the API allows).
        model.addAttribute("mayDecide", person.has(Role.COMMISSIONER));
        model.addAttribute("decision", decision);
        model.addAttribute("rationale", rationale);
        return withProblems(model, problems, "/tenders", "commissioning/award");
    }

    private String outcomePage(String reference, SignedInPerson person, Model model, String grounds,
            List<FieldProblem> problems) {
        model.addAttribute("letters", awards.letters(reference, person));
        model.addAttribute("challenges", challenges.of(reference, person));
        model.addAttribute("tender", tenders.get(reference));
        model.addAttribute("inStandstill", tenders.get(reference).status() == TenderStatus.STANDSTILL);
        model.addAttribute("grounds", grounds);
        return withProblems(model, problems, "/opportunities", "commissioning/outcome");
    }

    private static String withProblems(Model model, List<FieldProblem> problems, String section, String view) {
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", problems.stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message)));
        model.addAttribute("currentPath", section);
        return view;
    }
}
