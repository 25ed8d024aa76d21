package scot.commissioningflow.collaboration.round;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;

/**
 * The funder opens a funding round from the browser: budget, up to {@value #CRITERIA} criteria with their weights,
 * the register rules, the dates and the panel by sign-in name. The same {@link Rounds#open} as the API, so a weight
 * total other than 100 or a closing date not after the opening comes back on the form in words.
 */
@Controller
class RoundPages extends Pages {

    /** Criteria rows the form offers; a blank row is left out, the API takes up to 20. */
    static final int CRITERIA = 3;

    private static final Map<String, String> LABELS = labels();

    private final Rounds rounds;
    private final Validator validator;

    RoundPages(Rounds rounds, Validator validator) {
        this.rounds = rounds;
        this.validator = validator;
    }

    /**
     * A round as typed: numbers and dates as typed, so a mistyped one is said in words. The criteria rows are read
     * by their fields' names ({@code criterion-0-name}), as the page sends them.
     */
    record RoundForm(String title, String purpose, String funderName, String funderSignatory, String funderEmail,
            String budget, String opensDay, String opensMonth, String opensYear, String closesDay,
            String closesMonth, String closesYear, Boolean notForProfit, Boolean scottishBase, Boolean accountsFiled,
            String furtherRules, String panelMembers, String reportReminderDays, String reportGraceDays) {

        static RoundForm empty() {
            return new RoundForm(null, null, null, null, null, null, null, null, null, null, null, null, true, true,
                    true, null, null, "14", "28");
        }
    }

    @GetMapping("/collaboration/rounds/new")
    String newRound(Model model) {
        return form(model, RoundForm.empty(), Map.of(), List.of());
    }

    @PostMapping("/collaboration/rounds")
    String open(@ModelAttribute RoundForm form, @RequestParam MultiValueMap<String, String> sent,
            SignedInPerson funder, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = sent.toSingleValueMap();
        List<FieldProblem> unreadable = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < CRITERIA; i++) {
            String name = typed.get("criterion-" + i + "-name");
            String weight = typed.get("criterion-" + i + "-weight");
            String guidance = typed.get("criterion-" + i + "-guidance");
            if (blank(name) && blank(weight) && blank(guidance)) {
                continue;
            }
            int row = criteria.size();
            fields.put("criteria[" + row + "].name", "criterion-" + i + "-name");
            fields.put("criteria[" + row + "].weight", "criterion-" + i + "-weight");
            fields.put("criteria[" + row + "].guidance", "criterion-" + i + "-guidance");
            criteria.add(new Criterion(name, FormInput.whole(weight, "criterion-" + i + "-weight",
                    LABELS.get("criterion-" + i + "-weight"), unreadable), guidance));
        }
        if (criteria.isEmpty()) {
            unreadable.add(new FieldProblem("criterion-0-name", "Enter at least one criterion: its name, weight and"
                    + " what the panel looks for"));
        }
        fields.put("criteria", "criterion-0-name");
        fields.put("eligibility.furtherRules", "furtherRules");
        List<String> panel = panel(form.panelMembers());
        for (int i = 0; i < panel.size(); i++) {
            fields.put("panelMembers[" + i + "]", "panelMembers");
        }
        RoundRequest request = new RoundRequest(form.title(), form.purpose(), form.funderName(),
                form.funderSignatory(), form.funderEmail(), FormInput.amount(form.budget(), "budget", "The budget",
                unreadable),
                FormInput.date(form.opensDay(), form.opensMonth(), form.opensYear(), "opensOn", "Opening date",
                        unreadable),
                FormInput.date(form.closesDay(), form.closesMonth(), form.closesYear(), "closesOn", "Closing date",
                        unreadable),
                // A box left unticked is not sent at all.
                criteria, new EligibilityRules(Boolean.TRUE.equals(form.notForProfit()),
                        Boolean.TRUE.equals(form.scottishBase()), Boolean.TRUE.equals(form.accountsFiled()),
                        blank(form.furtherRules()) ? null : form.furtherRules()),
                panel,
                FormInput.whole(form.reportReminderDays(), "reportReminderDays", LABELS.get("reportReminderDays"),
                        unreadable),
                FormInput.whole(form.reportGraceDays(), "reportGraceDays", LABELS.get("reportGraceDays"),
                        unreadable));
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), fields, LABELS,
                unreadable);
        if (!problems.isEmpty()) {
            return form(model, form, typed, problems);
        }
        RoundView round;
        try {
            round = rounds.open(request, funder);
        } catch (InvalidInput e) {
            return form(model, form, typed, FormInput.fromService(e.problems(), LABELS));
        }
        redirect.addFlashAttribute("confirmation", "The round is announced. It takes applications from "
                + round.opensOn() + " and the panel is asked to assess them once it closes.");
        return "redirect:/collaboration/rounds/" + round.reference();
    }

    private String form(Model model, RoundForm form, Map<String, String> typed, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("typed", typed);
        model.addAttribute("rows", IntStream.range(0, CRITERIA).boxed().toList());
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/collaboration");
        return "collaboration/new-round";
    }

    /** The panel as typed: sign-in names, one a line or separated by commas. */
    private static List<String> panel(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\n]")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Map<String, String> labels() {
        List<String> in = new ArrayList<>(List.of("title", "Round title", "purpose", "What the round funds",
                "funderName", "The funder's name", "funderSignatory", "Who signs grant agreements for the funder",
                "funderEmail", "The funder's email address", "budget", "Budget", "opensOn", "Opening date",
                "closesOn", "Closing date", "criteria", "Criteria"));
        for (int i = 0; i < CRITERIA; i++) {
            in.addAll(List.of("criterion-" + i + "-name", "Name of criterion " + (i + 1),
                    "criterion-" + i + "-weight", "Weight of criterion " + (i + 1),
                    "criterion-" + i + "-guidance", "What the panel looks for in criterion " + (i + 1)));
        }
        in.addAll(List.of("furtherRules", "Further rules", "panelMembers", "Panel members",
                "reportReminderDays", "Days before a report is due to remind the lead",
                "reportGraceDays", "Days a late report is given before clawback"));
        return FormInput.inOrder(in.toArray(String[]::new));
    }
}
