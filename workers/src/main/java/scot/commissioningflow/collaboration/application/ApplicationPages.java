package scot.commissioningflow.collaboration.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;

/**
 * The lead provider's part in the browser: starting a joint application for named partners (the same
 * {@link Applications#start} as the API, so its problems come back on the form in words), and attaching the signed
 * partnership agreement as a file. The application itself, partners' confirmations and submission are on
 * {@code CollaborationPages}' application page.
 */
@Controller
class ApplicationPages extends Pages {

    private static final Map<String, String> LABELS = ApplicationForm.LABELS;
    /** Where a service's problem with the application as a whole is shown: the first row of what it is about. */
    private static final Map<String, String> WHOLE = Map.of("partners", "partner-0-reference", "budget",
            "budget-0-line", "milestones", "milestone-0-name");

    private final Rounds rounds;
    private final Applications applications;
    private final Validator validator;

    ApplicationPages(Rounds rounds, Applications applications, Validator validator) {
        this.rounds = rounds;
        this.applications = applications;
        this.validator = validator;
    }

    @GetMapping("/collaboration/rounds/{reference}/applications/new")
    String newApplication(@PathVariable String reference, SignedInPerson lead, Model model) {
        return form(reference, lead, model, Map.of(), List.of());
    }

    @PostMapping("/collaboration/rounds/{reference}/applications")
    String start(@PathVariable String reference, @RequestParam MultiValueMap<String, String> form,
            SignedInPerson lead, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = form.toSingleValueMap();
        ApplicationForm read = new ApplicationForm(typed);
        ApplicationRequest request = read.request();
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), read.fields(), LABELS,
                read.typingProblems());
        if (!problems.isEmpty()) {
            return form(reference, lead, model, typed, problems);
        }
        ApplicationView started;
        try {
            started = applications.start(reference, request, lead);
        } catch (InvalidInput e) {
            return form(reference, lead, model, typed, e.problems().stream().map(problem -> new FieldProblem(
                    WHOLE.getOrDefault(problem.field(), problem.field()), capitalised(problem.message()))).toList());
        }
        redirect.addFlashAttribute("confirmation", "The joint application is started. Each partner now confirms "
                + "its part; attach the signed partnership agreement, then submit it.");
        return "redirect:/collaboration/applications/" + started.reference();
    }

    /**
     * The signed partnership agreement as a file. One of the wrong kind or over the agreement's own limit is said on
     * the application page, against the file input; so is one over the server's upload limit, which is read only here
     * (multipart requests are resolved lazily) so that it is answered with this page rather than the API's problem
     * that {@code platform.web.UploadLimits} gives everything else.
     */
    @PostMapping("/collaboration/applications/{reference}/partnership-agreement")
    String attach(@PathVariable String reference, HttpServletRequest request, SignedInPerson lead,
            RedirectAttributes redirect) {
        MultipartFile file;
        try {
            file = FormInput.file(request, "agreement");
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("agreement", "Choose the signed partnership agreement to attach: a PDF or "
                        + "Word document");
            }
            applications.attachAgreement(reference, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes(), lead);
        } catch (MaxUploadSizeExceededException tooLarge) {
            return agreementRefused(reference, List.of(ApplicationRules.agreementTooLarge()), redirect);
        } catch (InvalidInput refused) {
            return agreementRefused(reference, refused.problems().stream().map(FieldProblem::message).toList(),
                    redirect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("confirmation", "The partnership agreement " + file.getOriginalFilename()
                + " is attached.");
        return "redirect:/collaboration/applications/" + reference;
    }

    /** Said on the application page, where the file input is, against that input. */
    private static String agreementRefused(String reference, List<String> problems, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", problems.stream()
                .map(problem -> new FieldProblem("agreement", problem)).toList());
        return "redirect:/collaboration/applications/" + reference;
    }

    private String form(String reference, SignedInPerson lead, Model model, Map<String, String> typed,
            List<FieldProblem> problems) {
        model.addAttribute("round", rounds.view(reference));
        model.addAttribute("leadReference", lead.organisation());
        model.addAttribute("typed", typed);
        model.addAttribute("partnerRows", IntStream.range(0, ApplicationForm.PARTNERS).boxed()
                .toList());
        model.addAttribute("involvedRows", IntStream.range(0, ApplicationForm.INVOLVED).boxed()
                .toList());
        model.addAttribute("budgetRows", IntStream.range(0, ApplicationForm.BUDGET_LINES).boxed()
                .toList());
        model.addAttribute("milestoneRows", IntStream.range(0, ApplicationForm.MILESTONES)
                .boxed().toList());
        model.addAttribute("participants", ApplicationRequest.Participant.values());
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/collaboration");
        return "collaboration/new-application";
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
