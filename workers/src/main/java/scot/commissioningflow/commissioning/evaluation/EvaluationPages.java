package scot.commissioningflow.commissioning.evaluation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Scoring in the browser, once the responses are unsealed: each response beside its scoring sheet, for an evaluator's
 * own marks or the moderator's consensus. The rules are {@link Evaluation}'s (and the sealing {@link Responses}'); a
 * mark is checked against {@link ScoreSheet}'s constraints and said in words.
 */
@Controller
class EvaluationPages extends Pages implements StartingPoints {

    private final Responses responses;
    private final Evaluation evaluation;
    private final Tenders tenders;
    private final Validator validator;

    EvaluationPages(Responses responses, Evaluation evaluation, Tenders tenders, Validator validator) {
        this.responses = responses;
        this.evaluation = evaluation;
        this.tenders = tenders;
        this.validator = validator;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.EVALUATOR) ? List.of(new StartingPoint(30, "Scoring", "/scoring",
                "Your council's tenders being evaluated: read each response beside your scoring sheet and score it."))
                : List.of();
    }

    @GetMapping("/scoring")
    String beingEvaluated(SignedInPerson person, Model model) {
        model.addAttribute("tenders", tenders.forBuyerStaff(person).stream()
                .filter(tender -> tender.status() == TenderStatus.EVALUATING).toList());
        model.addAttribute("currentPath", "/scoring");
        return "commissioning/being-evaluated";
    }

    @GetMapping("/tenders/{reference}/scoring")
    String scoring(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, false, Map.of(), List.of());
    }

    @GetMapping("/tenders/{reference}/moderation")
    String moderation(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, true, Map.of(), List.of());
    }

    @PostMapping("/tenders/{reference}/scoring")
    String score(@PathVariable String reference, @RequestParam Map<String, String> form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        return submit(reference, form, person, model, redirect, false);
    }

    @PostMapping("/tenders/{reference}/moderation")
    String moderate(@PathVariable String reference, @RequestParam Map<String, String> form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        return submit(reference, form, person, model, redirect, true);
    }

    private String submit(String reference, Map<String, String> form, SignedInPerson person, Model model,
            RedirectAttributes redirect, boolean moderating) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ScoreSheet.ResponseScore> marks = new ArrayList<>();
        Map<Long, String> providers = new LinkedHashMap<>();
        for (ResponseView response : responses.opened(reference, person)) {
            if (response.evaluable()) {
                providers.put(response.id(), response.providerName());
                String comments = form.get("comments-" + response.id());
                marks.add(new ScoreSheet.ResponseScore(response.id(),
                        mark(form, "quality-" + response.id(), "Quality", response, problems),
                        mark(form, "fairWork-" + response.id(), "Fair work", response, problems), comments));
                if (comments == null || comments.isBlank()) {
                    problems.add(new FieldProblem("comments-" + response.id(), "Enter your reasons for the marks "
                            + "for " + response.providerName()));
                }
            }
        }
        String notes = form.get("moderationNotes");
        ScoreSheet sheet = new ScoreSheet(marks, moderating ? notes : null);
        for (ConstraintViolation<ScoreSheet> violation : validator.validate(sheet)) {
            String path = violation.getPropertyPath().toString();
            problems.add(inWords(path, violation.getMessage(), marks, providers));
        }
        if (moderating && (notes == null || notes.isBlank())) {
            problems.add(new FieldProblem("moderationNotes", "Enter how the panel reached its consensus"));
        }
        if (problems.isEmpty()) {
            try {
                if (moderating) {
                    evaluation.moderate(reference, person, sheet);
                } else {
                    evaluation.score(reference, person, sheet);
                }
                redirect.addFlashAttribute("confirmation", moderating
                        ? "The consensus scores are recorded. The ranking goes to the commissioner to decide."
                        : "Your scores are recorded. Thank you.");
                return "redirect:/tenders/" + reference + (moderating ? "/moderation" : "/scoring");
            } catch (InvalidInput e) {
                problems.add(new FieldProblem("scores", "The responses being scored changed since you opened this "
                        + "page: open it again and score every response shown"));
            }
        }
        return page(reference, person, model, moderating, form, distinctByField(problems));
    }

    /** A mark as typed ("72", "72.5"); blank or unreadable is said in words and the mark left out. */
    private static BigDecimal mark(Map<String, String> form, String field, String label, ResponseView response,
            List<FieldProblem> problems) {
        String typed = form.get(field);
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem(field, "Enter a " + label.toLowerCase() + " mark for "
                    + response.providerName()));
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, label + " for " + response.providerName()
                    + " must be a mark from 0 to 100, such as 72"));
            return null;
        }
    }

    /** A constraint on {@code scores[i].quality} as the field the page names and a sentence about it. */
    private static FieldProblem inWords(String path, String message, List<ScoreSheet.ResponseScore> marks,
            Map<Long, String> providers) {
        if (path.startsWith("scores[")) {
            int index = Integer.parseInt(path.substring("scores[".length(), path.indexOf(']')));
            long id = marks.get(index).responseId();
            String property = path.substring(path.indexOf("].") + 2);
            String label = switch (property) {
                case "quality" -> "Quality";
                case "fairWork" -> "Fair work";
                default -> "Comments";
            };
            String field = property.equals("comments") ? "comments-" + id : property + "-" + id;
            return new FieldProblem(field, label + " for " + providers.get(id) + " " + message);
        }
        if (path.equals("scores")) {
            return new FieldProblem("scores", "There is no response being evaluated to score");
        }
        return new FieldProblem(path, "Moderation notes " + message);
    }

    private static List<FieldProblem> distinctByField(List<FieldProblem> problems) {
        Map<String, FieldProblem> first = new LinkedHashMap<>();
        problems.forEach(problem -> first.putIfAbsent(problem.field(), problem));
        return List.copyOf(first.values());
    }

    private String page(String reference, SignedInPerson person, Model model, boolean moderating,
            Map<String, String> typed, List<FieldProblem> problems) {
        model.addAttribute("tender", tenders.get(reference, person));
        model.addAttribute("responses", responses.opened(reference, person));
        model.addAttribute("moderating", moderating);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.put(problem.field(), problem.message()));
        model.addAttribute("problemFor", byField);
        model.addAttribute("currentPath", moderating ? "/tenders" : "/scoring");
        return "commissioning/scoring";
    }
}
