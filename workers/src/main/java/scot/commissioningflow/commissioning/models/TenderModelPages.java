package scot.commissioningflow.commissioning.models;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.commissioning.tender.ServiceType;
import scot.commissioningflow.commissioning.tender.TenderRequest;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.commissioning.tender.TenderRequest.Participant;
import scot.commissioningflow.commissioning.tender.TenderRequest.Weights;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Commissioners' tender models in the browser: the deployed versions, an upload of a file saved from Camunda
 * Modeler, and a modeler page (bpmn-js with the product's element templates) that checks and deploys what is drawn;
 * and a tender started on a model, from a form of the fields {@link TenderRequest} takes, through the same
 * {@link TenderModels#startTender} as the API.
 */
@Controller
class TenderModelPages extends Pages implements StartingPoints {

    private static final Map<String, String> LABELS = FormInput.inOrder(
            "title", "Title",
            "needDescription", "The need",
            "serviceType", "What is bought",
            "estimatedValueExVat", "Estimated value excluding VAT",
            "estimatedValueIncVat", "Estimated value including VAT",
            "contractStartDate", "Contract start date",
            "contractMonths", "Contract length in months",
            "outcome", "Outcome",
            "indicator", "How the outcome is measured",
            "participant", "Who shaped the need and outcomes",
            "participation", "How they shaped them",
            "weights", "Weights",
            "qualityWeight", "Quality weight",
            "priceWeight", "Price weight",
            "fairWorkWeight", "Fair work weight",
            "evaluators", "Evaluators",
            "responsePeriodDays", "Days providers have to respond",
            "paymentTerms", "Payment terms",
            "monitoringArrangements", "How the contract is monitored",
            "commissioningBody", "Your council or partnership",
            "commissionerEmail", "Your email address");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("outcomes", "outcome"), Map.entry("outcomes[0].outcome", "outcome"),
            Map.entry("outcomes[0].indicator", "indicator"), Map.entry("coProduction", "participant"),
            Map.entry("coProduction[0].who", "participant"), Map.entry("coProduction[0].how", "participation"),
            Map.entry("weights.quality", "qualityWeight"), Map.entry("weights.price", "priceWeight"),
            Map.entry("weights.fairWork", "fairWorkWeight"), Map.entry("evaluators[0].<list element>", "evaluators"),
            Map.entry("commissionerName", "commissionerEmail"));

    private final TenderModels models;
    private final Validator validator;

    TenderModelPages(TenderModels models, Validator validator) {
        this.models = models;
        this.validator = validator;
    }

    /** A tender as typed: amounts, numbers and the date as typed, so that a mistyped one is said in words. */
    record TenderForm(String title, String needDescription, String serviceType, String estimatedValueExVat,
            String estimatedValueIncVat, String startDay, String startMonth, String startYear, String contractMonths,
            String outcome, String indicator, String participant, String participation, String qualityWeight,
            String priceWeight, String fairWorkWeight, String evaluators, String responsePeriodDays,
            String paymentTerms, String monitoringArrangements, String commissioningBody, String commissionerEmail) {

        static TenderForm empty() {
            return new TenderForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.COMMISSIONER) ? List.of(new StartingPoint(25, "Tender models", "/tender-models",
                "Draw a tender's process, or upload one saved from Camunda Modeler, and deploy it after a check."))
                : List.of();
    }

    @GetMapping("/tender-models")
    String list(Model model) {
        return page(model, List.of());
    }

    @PostMapping("/tender-models")
    String upload(HttpServletRequest request, SignedInPerson person, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            MultipartFile file = FormInput.file(request, TenderModels.FIELD);
            if (file == null || file.isEmpty()) {
                throw new InvalidInput(TenderModels.FIELD, "Choose the .bpmn file to upload");
            }
            TenderModelView deployed = models.deploy(file.getOriginalFilename(), TenderModelController.bytes(file),
                    person);
            redirect.addFlashAttribute("deployed", deployed);
            return "redirect:/tender-models";
        } catch (MaxUploadSizeExceededException tooLarge) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, List.of(new FieldProblem(TenderModels.FIELD, TenderModelCheck.tooLargeToRead())));
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, refused.problems());
        }
    }

    @GetMapping("/tender-models/modeler")
    String modeler(Model model) {
        model.addAttribute("currentPath", "/tender-models");
        return "commissioning/tender-modeler";
    }

    @GetMapping("/tender-models/{processId}/tenders/new")
    String newTender(@PathVariable String processId, Model model) {
        return tenderForm(processId, model, TenderForm.empty(), List.of());
    }

    @PostMapping("/tender-models/{processId}/tenders")
    String startTender(@PathVariable String processId, @ModelAttribute TenderForm form, SignedInPerson person,
            Model model) {
        List<FieldProblem> typed = new ArrayList<>();
        Participant who = Arrays.stream(Participant.values()).filter(p -> p.name().equals(form.participant()))
                .findFirst().orElse(null);
        TenderRequest request = new TenderRequest(form.title(), form.needDescription(),
                Arrays.stream(ServiceType.values()).filter(t -> t.name().equals(form.serviceType())).findFirst()
                        .orElse(null),
                FormInput.amount(form.estimatedValueExVat(), "estimatedValueExVat",
                        LABELS.get("estimatedValueExVat"), typed),
                FormInput.amount(form.estimatedValueIncVat(), "estimatedValueIncVat",
                        LABELS.get("estimatedValueIncVat"), typed),
                FormInput.date(form.startDay(), form.startMonth(), form.startYear(), "contractStartDate",
                        LABELS.get("contractStartDate"), typed),
                FormInput.whole(form.contractMonths(), "contractMonths", LABELS.get("contractMonths"), typed),
                List.of(new Outcome(form.outcome(), form.indicator())),
                List.of(new CoProduction(who, form.participation())), false, null,
                new Weights(FormInput.whole(form.qualityWeight(), "qualityWeight", LABELS.get("qualityWeight"), typed),
                        FormInput.whole(form.priceWeight(), "priceWeight", LABELS.get("priceWeight"), typed),
                        FormInput.whole(form.fairWorkWeight(), "fairWorkWeight", LABELS.get("fairWorkWeight"),
                                typed)),
                form.evaluators() == null ? List.of() : form.evaluators().lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList(),
                FormInput.whole(form.responsePeriodDays(), "responsePeriodDays", LABELS.get("responsePeriodDays"),
                        typed),
                true, form.paymentTerms(), form.monitoringArrangements(), form.commissioningBody(),
                person.displayName(), form.commissionerEmail());
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), FIELDS, LABELS, typed);
        if (!problems.isEmpty()) {
            return tenderForm(processId, model, form, problems);
        }
        TenderView started;
        try {
            started = models.startTender(processId, request, person);
        } catch (InvalidInput e) {
            return tenderForm(processId, model, form, FormInput.fromService(e.problems().stream()
                    .map(problem -> new FieldProblem(FIELDS.getOrDefault(problem.field(), problem.field()),
                            problem.message())).toList(), LABELS));
        }
        return "redirect:/tenders/" + started.reference();
    }

    private String tenderForm(String processId, Model model, TenderForm form, List<FieldProblem> problems) {
        model.addAttribute("tenderModel", models.latest(processId));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/tender-models");
        return "commissioning/new-model-tender";
    }

    private String page(Model model, List<FieldProblem> problems) {
        List<TenderModelView> all = models.all();
        model.addAttribute("models", all);
        // A tender starts on a model's latest version, so only that version's row offers to start one.
        model.addAttribute("latestVersions", all.stream().collect(Collectors.toMap(
                TenderModelView::processId, TenderModelView::version, Math::max)));
        model.addAttribute("problems", problems);
        model.addAttribute("currentPath", "/tender-models");
        return "commissioning/tender-models";
    }
}
