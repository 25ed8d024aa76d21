package scot.commissioningflow.commissioning.responses;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.commissioning.clarifications.Clarifications;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Providers in the browser: the open opportunities, and one opportunity with its answers so far, where the provider
 * registers interest and responds before the deadline, and then sees its response sealed. Plain HTML forms, so they
 * work without scripts; the rules are the API's own ({@link Opportunities}, {@link Clarifications}), and a response is
 * checked against {@link ResponseRequest}'s constraints.
 */
@Controller
class OpportunityPages extends Pages implements StartingPoints {

    /** The words each field of the response form is labelled with, for problems said about it. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("providerName", "Your organisation's name"),
            Map.entry("contactEmail", "Email address for this tender"),
            Map.entry("totalPrice", "Total price"),
            Map.entry("hourlyRate", "Hourly rate"),
            Map.entry("qualityStatement", "How you will provide good support"),
            Map.entry("outcomesApproach", "How you will achieve the outcomes"),
            Map.entry("supportWorkerPay", "Hourly pay of a support worker"),
            Map.entry("sleepoverPay", "Hourly pay for sleepovers"));

    /**
     * Where the form asks each answer the fair work check needs that can be left empty, by the declaration's name,
     * and what it says then; the commitments are ticked or not, so always answered.
     */
    private static final Map<String, FieldProblem> UNANSWERED = Map.of(
            "hourlyPayByRole", new FieldProblem("supportWorkerPay", "Enter the hourly pay of a support worker"),
            "zeroHoursContracts", new FieldProblem("zeroHoursContracts", "Say whether you use zero-hours contracts"),
            "workerVoice", new FieldProblem("workerVoice", "Say how your workers are heard"),
            "workforceDevelopment", new FieldProblem("workforceDevelopment", "Enter how you develop your workforce"),
            "genderPayGapAction", new FieldProblem("genderPayGapAction", "Enter what you do about a gender pay gap"));

    private final Opportunities opportunities;
    private final Clarifications clarifications;
    private final Validator validator;

    OpportunityPages(Opportunities opportunities, Clarifications clarifications, Validator validator) {
        this.opportunities = opportunities;
        this.clarifications = clarifications;
        this.validator = validator;
    }

    /** What a provider fills in to respond; amounts as typed, so that a mistyped one is said in words. */
    record ResponseForm(String providerName, String contactEmail, String totalPrice, String hourlyRate,
            String qualityStatement, String outcomesApproach, String supportWorkerPay, String sleepoverPay,
            String zeroHoursContracts, String workerVoice, String workerVoiceDescription, String workforceDevelopment,
            String genderPayGapAction, Boolean flexibleWorkingFromDayOne, Boolean fireAndRehire,
            Boolean flowsDownToSubcontractors, Boolean flowsDownToAgencyStaff) {
    }

    /** Interest needs only where clarification answers go (the API's interest has the same rules). */
    record InterestForm(
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String providerName,
            @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String contactEmail) {
    }

    /** The interest form's fields as the page names them (the response form has fields of the same names). */
    private static final Map<String, String> INTEREST_FIELDS = Map.of(
            "providerName", "interestName", "contactEmail", "interestEmail");

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.PROVIDER_USER) ? List.of(new StartingPoint(20, "Opportunities", "/opportunities",
                "Tenders open to providers now: read the need and outcomes, register interest and respond before the "
                        + "deadline.")) : List.of();
    }

    @GetMapping("/opportunities")
    String list(Model model) {
        model.addAttribute("opportunities", opportunities.open());
        model.addAttribute("currentPath", "/opportunities");
        return "commissioning/opportunities";
    }

    @GetMapping("/opportunities/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, emptyResponse(), List.of());
    }

    private static ResponseForm emptyResponse() {
        return new ResponseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @PostMapping("/opportunities/{reference}/interest")
    String registerInterest(@PathVariable String reference, @ModelAttribute InterestForm form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = validator.validate(form).stream()
                .map(violation -> INTEREST_FIELDS.get(violation.getPropertyPath().toString()))
                .distinct().map(field -> new FieldProblem(field, field.equals("interestName")
                        ? "Enter your organisation's name (at most 200 characters) to register interest"
                        : "Enter the email address answers should go to, such as tenders@provider.example"))
                .toList();
        if (!problems.isEmpty()) {
            return page(reference, person, model, emptyResponse(), problems);
        }
        clarifications.registerInterest(reference, new Clarifications.Interest(person.organisation(),
                form.providerName(), form.contactEmail()), person);
        redirect.addFlashAttribute("confirmation", "Your interest is registered: every answer to a clarification "
                + "question will be sent to " + form.contactEmail() + ".");
        return "redirect:/opportunities/" + reference;
    }

    @PostMapping("/opportunities/{reference}/response")
    String respond(@PathVariable String reference, @ModelAttribute ResponseForm form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        ResponseRequest request = new ResponseRequest(person.organisation(), form.providerName(),
                form.contactEmail(), amount(form.totalPrice(), "totalPrice", problems),
                amount(form.hourlyRate(), "hourlyRate", problems), form.qualityStatement(),
                form.outcomesApproach(), declaration(form, problems));
        for (ConstraintViolation<ResponseRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
                String label = LABELS.getOrDefault(field, field);
                boolean missing = violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank
                        || violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
                problems.add(new FieldProblem(field, missing
                        ? "Enter " + Character.toLowerCase(label.charAt(0)) + label.substring(1)
                        : label + " " + violation.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return page(reference, person, model, form, problems);
        }
        try {
            opportunities.respond(reference, request, person);
        } catch (InvalidInput e) {
            return page(reference, person, model, form, e.problems());
        }
        redirect.addFlashAttribute("confirmation", "Your response was received. It is sealed: no one, the "
                + "commissioner included, can read it before the deadline.");
        return "redirect:/opportunities/" + reference;
    }

    private String page(String reference, SignedInPerson person, Model model, ResponseForm form,
            List<FieldProblem> problems) {
        Opportunities.Opportunity opportunity = opportunities.get(reference);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("interested", clarifications.hasRegisteredInterest(reference, person.organisation()));
        model.addAttribute("receipt", opportunities.ownResponse(reference, person).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
        model.addAttribute("problemFor", byField);
        model.addAttribute("currentPath", "/opportunities");
        return "commissioning/opportunity";
    }

    /**
     * The fair work declaration in the shape the fair work check reads. An answer the check needs
     * ({@link DeclarationAsGiven#unanswered}) and the form left empty is a problem on the form now: sent without it,
     * the response would be found not compliant, and left out of the evaluation, only once the deadline had passed.
     * Those problems come first, then the amounts that cannot be read.
     */
    private static Map<String, Object> declaration(ResponseForm form, List<FieldProblem> problems) {
        List<FieldProblem> unreadable = new ArrayList<>();
        Map<String, Object> declaration = new LinkedHashMap<>();
        BigDecimal supportWorkerPay = amount(form.supportWorkerPay(), "supportWorkerPay", unreadable);
        if (supportWorkerPay != null) {
            declaration.put("hourlyPayByRole", Map.of("Support worker", supportWorkerPay));
        }
        BigDecimal sleepover = amount(form.sleepoverPay(), "sleepoverPay", unreadable);
        if (sleepover != null) {
            declaration.put("sleepoverHourlyPay", sleepover);
        }
        putIfGiven(declaration, "zeroHoursContracts", form.zeroHoursContracts());
        putIfGiven(declaration, "workerVoice", form.workerVoice());
        putIfGiven(declaration, "workerVoiceDescription", form.workerVoiceDescription());
        putIfGiven(declaration, "workforceDevelopment", form.workforceDevelopment());
        putIfGiven(declaration, "genderPayGapAction", form.genderPayGapAction());
        declaration.put("flexibleWorkingFromDayOne", Boolean.TRUE.equals(form.flexibleWorkingFromDayOne()));
        declaration.put("fireAndRehire", Boolean.TRUE.equals(form.fireAndRehire()));
        declaration.put("flowsDownToSubcontractors", Boolean.TRUE.equals(form.flowsDownToSubcontractors()));
        declaration.put("flowsDownToAgencyStaff", Boolean.TRUE.equals(form.flowsDownToAgencyStaff()));
        for (String answer : DeclarationAsGiven.unanswered(declaration)) {
            FieldProblem missing = UNANSWERED.getOrDefault(answer, new FieldProblem(answer,
                    "The fair work declaration does not answer " + answer));
            if (unreadable.stream().noneMatch(problem -> problem.field().equals(missing.field()))) {
                problems.add(missing);
            }
        }
        problems.addAll(unreadable);
        return declaration;
    }

    private static void putIfGiven(Map<String, Object> declaration, String key, String value) {
        if (value != null && !value.isBlank()) {
            declaration.put(key, value);
        }
    }

    /** An amount as typed ("1,250.00", "£13.45"), or null when blank or unreadable (then a problem says so). */
    private static BigDecimal amount(String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, LABELS.get(field) + " must be an amount in pounds and pence, such"
                    + " as 13.45"));
            return null;
        }
    }
}
