package scot.commissioningflow.frameworks.calloff;

import jakarta.validation.Validator;
import java.math.BigDecimal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * A lot member invited to a mini-competition, in the browser: the competitions it was invited to, one with what the
 * council asks for and how responses are weighed, and its response (proposal, price and fair work declaration, the
 * API's {@link CallOffResponseRequest}) sent through {@link CallOffs#respond}, the API's own rules. Once responses
 * close, or its response is in, the page says so instead of offering the form.
 */
@Controller
class MiniCompetitionPages extends Pages implements StartingPoints {

    static final String LIST = "/mini-competitions";

    private static final Map<String, String> LABELS = FormInput.inOrder(
            "proposal", "How you will provide the service and achieve the outcomes",
            "hourlyRate", "Hourly rate",
            "totalPrice", "Total price",
            "supportWorkerPay", "Hourly pay of a support worker",
            "sleepoverPay", "Hourly pay for sleepovers",
            "zeroHoursContracts", "Whether you use zero-hours contracts",
            "workerVoice", "How your workers are heard",
            "workerVoiceDescription", "How workers are heard, in your words",
            "workforceDevelopment", "How you develop your workforce",
            "genderPayGapAction", "What you do about a gender pay gap");
    private static final String PAY = "fairWorkDeclaration.hourlyPayByRole";
    private static final String SUPPORT_WORKER = "Support worker";
    private static final Map<String, String> FIELDS = Map.of(
            PAY, "supportWorkerPay",
            PAY + "[" + SUPPORT_WORKER + "].<map value>", "supportWorkerPay",
            "fairWorkDeclaration.sleepoverHourlyPay", "sleepoverPay",
            "fairWorkDeclaration.zeroHoursContracts", "zeroHoursContracts",
            "fairWorkDeclaration.workerVoice", "workerVoice",
            "fairWorkDeclaration.workerVoiceDescription", "workerVoiceDescription",
            "fairWorkDeclaration.workforceDevelopment", "workforceDevelopment",
            "fairWorkDeclaration.genderPayGapAction", "genderPayGapAction");

    private final CallOffs callOffs;
    private final Validator validator;

    MiniCompetitionPages(CallOffs callOffs, Validator validator) {
        this.callOffs = callOffs;
        this.validator = validator;
    }

    /** A response as typed: amounts as typed, so that a mistyped one is said in words. */
    record ResponseForm(String proposal, String hourlyRate, String totalPrice, String supportWorkerPay,
            String sleepoverPay, String zeroHoursContracts, String workerVoice, String workerVoiceDescription,
            String workforceDevelopment, String genderPayGapAction, Boolean flexibleWorkingFromDayOne,
            Boolean fireAndRehire, Boolean flowsDownToSubcontractors, Boolean flowsDownToAgencyStaff) {

        static ResponseForm empty() {
            return new ResponseForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.PROVIDER_USER) ? List.of(new StartingPoint(42, "Mini-competitions", LIST,
                "Call-offs from your framework lots that you are invited to compete for: read what the council asks"
                        + " for and respond before responses close.")) : List.of();
    }

    @GetMapping(LIST)
    String list(SignedInPerson person, Model model) {
        model.addAttribute("invitations", callOffs.invitations(person));
        model.addAttribute("currentPath", LIST);
        return "frameworks/mini-competitions";
    }

    @GetMapping(LIST + "/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, ResponseForm.empty(), List.of());
    }

    @PostMapping(LIST + "/{reference}/response")
    String respond(@PathVariable String reference, @ModelAttribute ResponseForm form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        CallOffResponseRequest request = new CallOffResponseRequest(form.proposal(),
                FormInput.amount(form.hourlyRate(), "hourlyRate", LABELS.get("hourlyRate"), typed),
                FormInput.amount(form.totalPrice(), "totalPrice", LABELS.get("totalPrice"), typed),
                declaration(form, typed));
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), FIELDS, LABELS, typed);
        if (!problems.isEmpty()) {
            return page(reference, person, model, form, problems);
        }
        try {
            callOffs.respond(reference, request, person);
        } catch (InvalidInput e) {
            return page(reference, person, model, form, FormInput.fromService(e.problems(), LABELS));
        }
        redirect.addFlashAttribute("confirmation", "Your response was received. It is sealed until responses"
                + " close: no one, the council included, reads it before then.");
        return "redirect:" + LIST + "/" + reference;
    }

    /** The declaration the fair work check reads, as the API takes it; the choices not made are said in words. */
    private static FairWorkDeclaration declaration(ResponseForm form, List<FieldProblem> typed) {
        BigDecimal pay = FormInput.amount(form.supportWorkerPay(), "supportWorkerPay",
                LABELS.get("supportWorkerPay"), typed);
        ZeroHoursUse zeroHours = chosen(ZeroHoursUse.values(), form.zeroHoursContracts(), "zeroHoursContracts",
                typed);
        WorkerVoice voice = chosen(WorkerVoice.values(), form.workerVoice(), "workerVoice", typed);
        return new FairWorkDeclaration(pay == null ? null : Map.of(SUPPORT_WORKER, pay),
                FormInput.amount(form.sleepoverPay(), "sleepoverPay", LABELS.get("sleepoverPay"), typed),
                zeroHours, voice, blankAsNull(form.workerVoiceDescription()), described(form.workforceDevelopment()),
                described(form.genderPayGapAction()), yes(form.flexibleWorkingFromDayOne()),
                yes(form.fireAndRehire()), yes(form.flowsDownToSubcontractors()),
                yes(form.flowsDownToAgencyStaff()), null);
    }

    private static <E extends Enum<E>> E chosen(E[] choices, String typed, String field,
            List<FieldProblem> typedProblems) {
        E choice = Arrays.stream(choices).filter(c -> c.name().equals(typed)).findFirst().orElse(null);
        if (choice == null) {
            String label = LABELS.get(field);
            typedProblems.add(new FieldProblem(field, "Choose " + Character.toLowerCase(label.charAt(0))
                    + label.substring(1)));
        }
        return choice;
    }

    private static DeclaredAction described(String text) {
        return text == null || text.isBlank() ? null : DeclaredAction.described(text);
    }

    private static boolean yes(Boolean ticked) {
        return Boolean.TRUE.equals(ticked);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String page(String reference, SignedInPerson person, Model model, ResponseForm form,
            List<FieldProblem> problems) {
        model.addAttribute("invitation", callOffs.invitation(reference, person));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", LIST);
        return "frameworks/mini-competition";
    }
}
