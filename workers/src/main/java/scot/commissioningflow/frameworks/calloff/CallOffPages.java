package scot.commissioningflow.frameworks.calloff;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.frameworks.agreement.LotChoice;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;

/**
 * A commissioner calls off from a live framework lot in the browser, by direct award (on the framework's ranking or
 * the person's own choice) or by mini-competition, and follows the call-off: its route, the responses once closed
 * and the award. The call-off's rules and who sees it are {@link CallOffs}'; the commissioner starts here from a
 * framework's page (the frameworks' starting point).
 */
@Controller
class CallOffPages extends Pages {

    private static final Map<String, String> LABELS = FormInput.inOrder(
            "frameworkLot", "Framework and lot",
            "title", "Title",
            "serviceDescription", "The service",
            "commissioningBody", "Your council or partnership",
            "commissionerEmail", "Your email address",
            "method", "How to call off",
            "directBasis", "How the provider is picked",
            "chosenProviderReference", "The provider the person chose",
            "choiceReason", "Why they chose it",
            "peopleInvolved", "Who took part in shaping it, and how",
            "estimatedValueExVat", "Estimated value excluding VAT",
            "estimatedValueIncVat", "Estimated value including VAT",
            "hourlyRate", "Hourly rate",
            "startDate", "Start date",
            "endDate", "End date",
            "responseDays", "Days members have to respond",
            "outcome", "Outcome",
            "indicator", "How the outcome is measured",
            "monitoringArrangements", "How the service is monitored");
    private static final Map<String, String> FIELDS = Map.of("frameworkReference", "frameworkLot",
            "lotNumber", "frameworkLot", "commissionerName", "commissionerEmail", "pricedService", "frameworkLot",
            "outcomes", "outcome", "outcomes[0].outcome", "outcome", "outcomes[0].indicator", "indicator");

    /** The award form's field for a provider's quality mark is this followed by the provider's reference. */
    private static final String QUALITY = "quality-";

    private final CallOffs callOffs;
    private final FrameworkAgreements frameworks;
    private final Validator validator;

    CallOffPages(CallOffs callOffs, FrameworkAgreements frameworks, Validator validator) {
        this.callOffs = callOffs;
        this.frameworks = frameworks;
        this.validator = validator;
    }

    /** A call-off as typed; amounts, days and dates as typed, so that a mistyped one is said in words. */
    record CallOffForm(String frameworkLot, String title, String serviceDescription, String commissioningBody,
            String commissionerEmail, String method, String directBasis, String chosenProviderReference,
            String choiceReason, String peopleInvolved, String estimatedValueExVat, String estimatedValueIncVat,
            String hourlyRate, String startDay, String startMonth, String startYear, String endDay,
            String endMonth, String endYear, String responseDays, String outcome, String indicator,
            String monitoringArrangements) {

        static CallOffForm forLot(String frameworkLot) {
            return new CallOffForm(frameworkLot, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @GetMapping("/call-offs/new")
    String newCallOff(@RequestParam(name = "framework", required = false) String framework, Model model) {
        return form(model, CallOffForm.forLot(framework == null ? null : framework + ":1"), List.of());
    }

    @PostMapping("/call-offs")
    String request(@ModelAttribute CallOffForm form, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        FrameworkLot lot = LotChoice.chosen(frameworks, form.frameworkLot()).orElse(null);
        NewCallOff request = new NewCallOff(lot == null ? null : lot.frameworkReference(),
                lot == null ? null : lot.lotNumber(), form.title(), form.serviceDescription(),
                form.commissioningBody(), person.displayName(), form.commissionerEmail(),
                named(CallOffMethod.values(), form.method()), named(DirectBasis.values(), form.directBasis()),
                blankAsNull(form.chosenProviderReference()), blankAsNull(form.choiceReason()), form.peopleInvolved(),
                FormInput.amount(form.estimatedValueExVat(), "estimatedValueExVat", LABELS.get("estimatedValueExVat"),
                        typed),
                FormInput.amount(form.estimatedValueIncVat(), "estimatedValueIncVat",
                        LABELS.get("estimatedValueIncVat"), typed),
                FormInput.amount(form.hourlyRate(), "hourlyRate", LABELS.get("hourlyRate"), typed),
                lot == null || lot.pricedServices().isEmpty() ? null : lot.pricedServices().getFirst().name(),
                FormInput.date(form.startDay(), form.startMonth(), form.startYear(), "startDate", "Start date", typed),
                FormInput.date(form.endDay(), form.endMonth(), form.endYear(), "endDate", "End date", typed),
                FormInput.whole(form.responseDays(), "responseDays", LABELS.get("responseDays"), typed),
                List.of(new OutcomeAndIndicator(form.outcome(), form.indicator())),
                form.monitoringArrangements());
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), FIELDS, LABELS, typed);
        if (!problems.isEmpty()) {
            return form(model, form, problems);
        }
        CallOffs.Requested requested;
        try {
            requested = callOffs.request(request, person);
        } catch (InvalidInput e) {
            return form(model, form, FormInput.fromService(e.problems().stream().map(problem -> new FieldProblem(
                    FIELDS.getOrDefault(problem.field(), problem.field()), problem.message())).toList(), LABELS));
        }
        redirect.addFlashAttribute("confirmation", "The call-off is made. Its route is decided now; a "
                + "mini-competition's invited members are told at once.");
        return "redirect:/call-offs/" + requested.reference();
    }

    @GetMapping("/call-offs/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return callOffPage(reference, person, model, Map.of(), List.of());
    }

    /**
     * The commissioner's evaluation of a mini-competition: a quality mark for each response whose fair work was met
     * (fields {@code quality-<provider reference>}) and why, through {@link CallOffs#decideAward} as in the API.
     */
    @PostMapping("/call-offs/{reference}/award")
    String award(@PathVariable String reference, @RequestParam Map<String, String> typed, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        CallOffView callOff = callOffs.get(reference, person);
        if (callOff.status() != CallOffStatus.EVALUATING) {
            throw new Conflict("Call-off " + reference + " is not waiting for its responses to be marked, so"
                    + " nothing was awarded.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<AwardDecision.Mark> marks = new ArrayList<>();
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<String, String> fields = new java.util.HashMap<>();
        for (CallOffView.ResponseView response : evaluable(callOff)) {
            String field = QUALITY + response.providerReference();
            labels.put(field, "Quality mark for " + response.providerName());
            fields.put("marks[" + marks.size() + "].qualityScore", field);
            marks.add(new AwardDecision.Mark(response.providerReference(), FormInput.amount(typed.get(field), field,
                    labels.get(field), problems)));
        }
        labels.put("rationale", "Why the award goes this way");
        AwardDecision decision = new AwardDecision(marks, typed.get("rationale"));
        problems = FormInput.problems(validator.validate(decision), fields, labels, problems);
        if (problems.isEmpty()) {
            try {
                callOffs.decideAward(reference, decision, person);
                redirect.addFlashAttribute("confirmation", "The mini-competition is awarded on the framework's"
                        + " weights; the contract goes to the provider and your council to sign.");
                return "redirect:/call-offs/" + reference;
            } catch (InvalidInput e) {
                problems = FormInput.fromService(e.problems(), labels);
            }
        }
        return callOffPage(reference, person, model, typed, problems);
    }

    /** The responses a commissioner marks: those that came and met fair work. */
    private static List<CallOffView.ResponseView> evaluable(CallOffView callOff) {
        return callOff.responses().stream().filter(CallOffView.ResponseView::responded)
                .filter(response -> "MET".equals(response.fairWorkOutcome())).toList();
    }

    private String callOffPage(String reference, SignedInPerson person, Model model, Map<String, String> typed,
            List<FieldProblem> problems) {
        CallOffView callOff = callOffs.get(reference, person);
        model.addAttribute("callOff", callOff);
        model.addAttribute("evaluable", callOff.status() == CallOffStatus.EVALUATING
                && person.has(Role.COMMISSIONER) && person.worksFor(callOff.councilCode())
                ? evaluable(callOff) : List.of());
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/frameworks");
        return "frameworks/call-off";
    }

    private String form(Model model, CallOffForm form, List<FieldProblem> problems) {
        model.addAttribute("lots", LotChoice.live(frameworks));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/frameworks");
        return "frameworks/new-call-off";
    }

    private static <E extends Enum<E>> E named(E[] values, String typed) {
        return Arrays.stream(values).filter(value -> value.name().equals(typed)).findFirst().orElse(null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
