package scot.commissioningflow.commissioning.clarifications;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.portal.Pages;

/**
 * Clarifications in the browser. The buying council's staff read every question on a tender and answer it, the
 * answer then going to every interested provider; a provider asks from the opportunity and reads its own questions
 * with the answers shared with it. The rules are {@link Clarifications}'s own; the pages only say problems in words.
 */
@Controller
class ClarificationPages extends Pages {

    private final Clarifications clarifications;
    private final Tenders tenders;

    ClarificationPages(Clarifications clarifications, Tenders tenders) {
        this.clarifications = clarifications;
        this.tenders = tenders;
    }

    @GetMapping("/tenders/{reference}/clarifications")
    String questions(@PathVariable String reference, SignedInPerson person, Model model) {
        return staffPage(reference, person, model, null, List.of());
    }

    /** The page has an answer box per question, each named after its question ("answer-7"). */
    @PostMapping("/tenders/{reference}/clarifications/{id}/answer")
    String answer(@PathVariable String reference, @PathVariable long id, @RequestParam Map<String, String> form,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        String field = "answer-" + id;
        String answer = form.get(field);
        String problem = problemWith(answer, "Enter the answer to share with every interested provider");
        if (problem != null) {
            return staffPage(reference, person, model, answer, List.of(new FieldProblem(field, problem)));
        }
        clarifications.answer(reference, id, answer, person);
        redirect.addFlashAttribute("confirmation", "Your answer is being sent to every provider who registered "
                + "interest. Who asked the question is not shared.");
        return "redirect:/tenders/" + reference + "/clarifications";
    }

    @GetMapping("/opportunities/{reference}/questions")
    String ownQuestions(@PathVariable String reference, SignedInPerson person, Model model) {
        return providerPage(reference, person, model, null, List.of());
    }

    @PostMapping("/opportunities/{reference}/questions")
    String ask(@PathVariable String reference, @RequestParam(required = false) String question,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        String problem = problemWith(question, "Enter your question");
        if (problem != null) {
            return providerPage(reference, person, model, question, List.of(new FieldProblem("question", problem)));
        }
        clarifications.ask(reference, person.organisation(), question, person);
        redirect.addFlashAttribute("confirmation", "Your question was sent to the council. Its answer will be sent "
                + "to every provider who registered interest, without saying who asked.");
        return "redirect:/opportunities/" + reference + "/questions";
    }

    /** A question or answer goes in every interested provider's email: a note's length at most. */
    private static String problemWith(String text, String whenMissing) {
        if (text == null || text.isBlank()) {
            return whenMissing;
        }
        return text.length() > TextLimits.NOTE ? "Your text is too long: it must be at most 100,000 characters"
                : null;
    }

    private String staffPage(String reference, SignedInPerson person, Model model, String typed,
            List<FieldProblem> problems) {
        model.addAttribute("tender", tenders.get(reference, person));
        model.addAttribute("questions", clarifications.all(reference, person));
        return page(model, typed, problems, "/tenders", "commissioning/clarifications");
    }

    private String providerPage(String reference, SignedInPerson person, Model model, String typed,
            List<FieldProblem> problems) {
        model.addAttribute("questions", clarifications.all(reference, person));
        model.addAttribute("tender", tenders.get(reference));
        model.addAttribute("interested", clarifications.hasRegisteredInterest(reference, person.organisation()));
        return page(model, typed, problems, "/opportunities", "commissioning/own-questions");
    }

    private static String page(Model model, String typed, List<FieldProblem> problems, String section,
            String view) {
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", problems.stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message)));
        model.addAttribute("currentPath", section);
        return view;
    }
}
