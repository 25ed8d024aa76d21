package scot.commissioningflow.collaboration.payments;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Participant;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.grant.GrantView;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;

/**
 * A grant in the browser, for its partners and the funder: the agreement and who has signed it, the milestones with
 * their due dates, the stages paid, the reports sent (with who of the people supported and their carers took part,
 * and how), and any clawback. The lead provider sends a milestone's progress and spend report from a form, through
 * the same {@link Payments#submit} as the API.
 */
@Controller
class GrantPages extends Pages {

    private static final String GRANT = "/collaboration/grants/{reference}";

    private final Grants grants;
    private final Payments payments;
    private final Applications applications;
    private final Validator validator;

    GrantPages(Grants grants, Payments payments, Applications applications, Validator validator) {
        this.grants = grants;
        this.payments = payments;
        this.applications = applications;
        this.validator = validator;
    }

    @GetMapping(GRANT)
    String grant(@PathVariable String reference, SignedInPerson person, Model model) {
        GrantView grant = grants.view(reference, person);
        model.addAttribute("grant", grant);
        model.addAttribute("jointApplication", applications.view(grant.applicationReference(), person));
        model.addAttribute("agreement", grants.agreement(reference, person).orElse(null));
        model.addAttribute("milestones", payments.milestones(reference, person));
        model.addAttribute("isLead", person.actsForProvider(grant.leadProvider()));
        model.addAttribute("currentPath", "/collaboration");
        return "collaboration/grant";
    }

    @GetMapping(GRANT + "/milestones/{number}/report")
    String reportForm(@PathVariable String reference, @PathVariable int number, SignedInPerson lead, Model model) {
        return reportPage(reference, number, lead, model, Map.of(), List.of());
    }

    /**
     * The report as typed: what was done, who took part in this stage and how, and the spend on each budget line
     * ({@code spend-i} against the application's line {@code i}; a line left blank had no spend).
     */
    @PostMapping(GRANT + "/milestones/{number}/report")
    String report(@PathVariable String reference, @PathVariable int number,
            @RequestParam MultiValueMap<String, String> form, SignedInPerson lead, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = form.toSingleValueMap();
        List<BudgetLine> lines = budget(reference, lead);
        List<FieldProblem> typing = new ArrayList<>();
        List<ReportRequest.Spend> spend = new ArrayList<>();
        Map<String, String> fields = new HashMap<>(Map.of("progress", "progress", "peopleInvolved[0].who", "who",
                "peopleInvolved[0].howMany", "howMany", "peopleInvolved[0].how", "how", "peopleInvolved", "who"));
        Map<String, String> labels = new LinkedHashMap<>(FormInput.inOrder("progress", "What was done",
                "who", "Who took part", "howMany", "How many took part", "how", "How they took part"));
        for (int i = 0; i < lines.size(); i++) {
            String field = "spend-" + i;
            labels.put(field, "Spent on " + lines.get(i).line());
            if (typed.get(field) == null || typed.get(field).isBlank()) {
                continue;
            }
            fields.put("spend[" + spend.size() + "].amount", field);
            spend.add(new ReportRequest.Spend(lines.get(i).line(), FormInput.amount(typed.get(field), field,
                    labels.get(field), typing)));
        }
        ReportRequest request = new ReportRequest(typed.get("progress"), List.of(new Involvement(
                Arrays.stream(Participant.values()).filter(p -> p.name().equals(typed.get("who"))).findFirst()
                        .orElse(null), FormInput.whole(typed.get("howMany"), "howMany", "How many took part",
                        typing), typed.get("how"))), spend);
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), fields, labels, typing);
        if (!problems.isEmpty()) {
            return reportPage(reference, number, lead, model, typed, problems);
        }
        try {
            payments.submit(reference, number, request, lead);
        } catch (InvalidInput e) {
            return reportPage(reference, number, lead, model, typed, FormInput.fromService(e.problems(), labels)
                    .stream().map(p -> new FieldProblem("spend-0", p.message())).toList());
        }
        redirect.addFlashAttribute("confirmation", "Your report for milestone " + number + " is sent to the "
                + "funder.");
        return "redirect:/collaboration/grants/" + reference;
    }

    private List<BudgetLine> budget(String reference, SignedInPerson person) {
        return applications.view(grants.view(reference, person).applicationReference(), person).budget();
    }

    private String reportPage(String reference, int number, SignedInPerson lead, Model model,
            Map<String, String> typed, List<FieldProblem> problems) {
        GrantView grant = grants.view(reference, lead);
        Payments.MilestoneView milestone = payments.milestones(reference, lead).stream()
                .filter(m -> m.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("Grant " + reference + " has no milestone " + number + "."));
        model.addAttribute("grant", grant);
        model.addAttribute("milestone", milestone);
        model.addAttribute("lines", budget(reference, lead));
        model.addAttribute("participants", Participant.values());
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/collaboration");
        return "collaboration/report";
    }
}
