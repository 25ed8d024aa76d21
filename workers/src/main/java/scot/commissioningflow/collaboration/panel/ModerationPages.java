package scot.commissioningflow.collaboration.panel;

import jakarta.validation.Validator;
import java.util.ArrayList;
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
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.panel.PanelRequests.ModeratedMark;
import scot.commissioningflow.collaboration.panel.PanelRequests.Moderation;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;

/**
 * The funder's moderation in the browser: every panel member's marks and reasons beside each application and
 * criterion, a moderated mark where members differed (with the reason), and the conditions every grant carries.
 * Sending it is the funder's decision: the process then ranks the applications and funds them down the list while the
 * budget lasts, as {@link Panel#moderate} does for the API.
 */
@Controller
class ModerationPages extends Pages {

    private final Rounds rounds;
    private final Applications applications;
    private final Panel panel;
    private final Validator validator;

    ModerationPages(Rounds rounds, Applications applications, Panel panel, Validator validator) {
        this.rounds = rounds;
        this.applications = applications;
        this.panel = panel;
        this.validator = validator;
    }

    @GetMapping("/collaboration/rounds/{reference}/moderation")
    String moderation(@PathVariable String reference, SignedInPerson funder, Model model) {
        return page(reference, funder, model, List.of(), List.of(), List.of(), null);
    }

    /** Moderated marks as rows of the form (application, criterion, mark-i, reason-i); a row left blank is not sent. */
    @PostMapping("/collaboration/rounds/{reference}/moderation")
    String moderate(@PathVariable String reference,
            // Read as sent: a lone value bound to a List would be split at its commas.
            @RequestParam MultiValueMap<String, String> form, SignedInPerson funder, Model model,
            RedirectAttributes redirect) {
        List<String> rowsOf = form.getOrDefault("application", List.of());
        List<String> criterionRows = form.get("criterion");
        List<String> marks = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < rowsOf.size(); i++) {
            marks.add(form.getFirst("mark-" + i));
            reasons.add(form.getFirst("reason-" + i));
        }
        String awardConditions = form.getFirst("awardConditions");
        List<FieldProblem> problems = new ArrayList<>();
        List<ModeratedMark> moderated = new ArrayList<>();
        for (int i = 0; i < rowsOf.size(); i++) {
            String mark = at(marks, i);
            String reason = at(reasons, i);
            if ((mark == null || mark.isBlank()) && (reason == null || reason.isBlank())) {
                continue;
            }
            String label = "The moderated mark for " + rowsOf.get(i) + ", " + at(criterionRows, i);
            List<FieldProblem> typed = new ArrayList<>();
            ModeratedMark given = new ModeratedMark(rowsOf.get(i), at(criterionRows, i),
                    FormInput.amount(mark, "mark-" + i, label, typed), reason);
            problems.addAll(FormInput.problems(validator.validate(given), Map.of("score", "mark-" + i, "reason",
                    "reason-" + i), Map.of("mark-" + i, label, "reason-" + i, "Why the mark for " + rowsOf.get(i)
                    + ", " + at(criterionRows, i) + " was moderated"), typed));
            moderated.add(given);
        }
        Moderation moderation = new Moderation(moderated, awardConditions);
        problems.addAll(FormInput.problems(validator.validate(moderation), Map.of(), Map.of("awardConditions",
                "The conditions every grant carries"), List.of()).stream()
                .filter(problem -> problem.field().equals("awardConditions")).toList());
        if (!problems.isEmpty()) {
            return page(reference, funder, model, problems, marks, reasons, awardConditions);
        }
        try {
            panel.moderate(reference, moderation, funder);
        } catch (InvalidInput e) {
            return page(reference, funder, model, FormInput.fromService(e.problems(), Map.of("moderatedScores",
                    "Moderated mark")).stream().map(p -> new FieldProblem("mark-0", p.message())).toList(), marks,
                    reasons, awardConditions);
        }
        redirect.addFlashAttribute("confirmation", "Moderation is done and the grants' conditions are set. The "
                + "applications are ranked on their weighted scores and funded down the list while the budget lasts.");
        return "redirect:/collaboration/rounds/" + reference;
    }

    /** One row of the form: an application's criterion with each member's mark. */
    record Row(String applicationReference, String applicationTitle, Criterion criterion,
            List<PanelRequests.MarkView> marks) {
    }

    private String page(String reference, SignedInPerson funder, Model model, List<FieldProblem> problems,
            List<String> marks, List<String> reasons, String awardConditions) {
        var round = rounds.view(reference);
        List<PanelRequests.MarkView> given = panel.marks(reference, funder);
        List<Row> rows = new ArrayList<>();
        applications.forRound(reference, funder).stream()
                .filter(a -> given.stream().anyMatch(m -> m.applicationReference().equals(a.reference())))
                .forEach(a -> round.criteria().forEach(c -> rows.add(new Row(a.reference(), a.title(), c,
                        given.stream().filter(m -> m.applicationReference().equals(a.reference())
                                && m.criterion().equals(c.name())).toList()))));
        model.addAttribute("round", round);
        model.addAttribute("rows", rows);
        model.addAttribute("typedMarks", marks == null ? List.of() : marks);
        model.addAttribute("typedReasons", reasons == null ? List.of() : reasons);
        model.addAttribute("awardConditions", awardConditions);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/collaboration");
        return "collaboration/moderation";
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }
}
