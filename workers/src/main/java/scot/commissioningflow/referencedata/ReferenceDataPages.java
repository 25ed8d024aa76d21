package scot.commissioningflow.referencedata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Reference data in the browser, for the administrator (and whoever else keeps a dataset): each dataset's periods
 * with where each figure came from, the history of every change with who made it and why, and a new period added
 * through the same mechanism as the API ({@link ReferenceData#add}), its problems said in words.
 */
@Controller
class ReferenceDataPages extends Pages implements StartingPoints {

    private final ReferenceData referenceData;
    private final ObjectMapper json;

    ReferenceDataPages(ReferenceData referenceData, ObjectMapper json) {
        this.referenceData = referenceData;
        this.json = json;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.ADMINISTRATOR) ? List.of(new StartingPoint(50, "Reference data", "/reference-data",
                "The dated figures the product works from (pay rates, thresholds, bank holidays, policies), with "
                        + "their history; add a new period when a figure changes.")) : List.of();
    }

    @GetMapping("/reference-data")
    String datasets(Model model) {
        model.addAttribute("datasets", referenceData.datasetNames());
        model.addAttribute("currentPath", "/reference-data");
        return "referencedata/datasets";
    }

    @GetMapping("/reference-data/{dataset}")
    String dataset(@PathVariable String dataset, SignedInPerson person, Model model) {
        return page(dataset, person, model, Map.of(), List.of());
    }

    @PostMapping("/reference-data/{dataset}")
    String add(@PathVariable String dataset, @RequestParam Map<String, String> form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        ObjectNode body = json.createObjectNode();
        form.forEach((field, value) -> {
            if (!field.startsWith("_") && value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        });
        try {
            referenceData.add(dataset, body, person);
        } catch (InvalidInput e) {
            return page(dataset, person, model, form, e.problems().stream().map(ReferenceDataPages::inWords)
                    .toList());
        } catch (Conflict e) {
            // An overlap with a period already held: said of the first day, which is what to change.
            return page(dataset, person, model, form, List.of(new FieldProblem("effectiveFrom", e.getMessage())));
        }
        redirect.addFlashAttribute("confirmation", "The new period is added from " + form.get("effectiveFrom")
                + ". The history below records it with your reason.");
        return "redirect:/reference-data/" + dataset;
    }

    private String page(String dataset, SignedInPerson person, Model model, Map<String, String> typed,
            List<FieldProblem> problems) {
        DatasetPage page = referenceData.page(dataset);
        model.addAttribute("dataset", page);
        model.addAttribute("labels", Stream.concat(page.columns().stream(),
                page.fields().stream().map(DatasetPage.EntryField::name)).distinct()
                .collect(Collectors.toMap(field -> field, ReferenceDataPages::label)));
        model.addAttribute("mayAdd", person.hasAny(page.keepers().toArray(Role[]::new)));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
        model.addAttribute("problemFor", byField);
        model.addAttribute("currentPath", "/reference-data");
        return "referencedata/dataset";
    }

    /**
     * The mechanism's problem ("effectiveFrom must not be null") as a person reads it ("Enter effective from"): the
     * field by its label, and a missing value asked for.
     */
    static FieldProblem inWords(FieldProblem problem) {
        String label = label(problem.field());
        String message = problem.message().startsWith(problem.field())
                ? problem.message().substring(problem.field().length()).strip() : problem.message();
        if (message.equals("must not be null") || message.equals("must not be blank")) {
            return new FieldProblem(problem.field(), "Enter " + label.toLowerCase(Locale.UK));
        }
        return new FieldProblem(problem.field(), label + " " + message);
    }

    /** A field's name as words: {@code effectiveFrom} as "Effective from". */
    static String label(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
