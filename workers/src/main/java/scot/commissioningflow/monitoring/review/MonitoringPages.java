package scot.commissioningflow.monitoring.review;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
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
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.TalkingPoint;
import scot.commissioningflow.monitoring.complaints.ComplaintRequest;
import scot.commissioningflow.monitoring.complaints.ComplaintStatus;
import scot.commissioningflow.monitoring.complaints.Complaints;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Contract monitoring in the browser. The procurement officer sees the workload by tier and every monitored contract
 * with its tier and why; a provider sees its own contracts and sends the monitoring return through the same service
 * as the API; officers record complaints about a contract on its page. Who sees which contract is
 * {@link MonitoringViews}' rule.
 */
@Controller
class MonitoringPages extends Pages implements StartingPoints {

    private static final String LIST = "/monitoring";
    /** How many people's outcomes one return form offers; a provider with more sends another return or uses the API. */
    static final int OUTCOME_ROWS = 3;

    private static final Map<String, String> RETURN_LABELS = returnLabels();
    private static final Map<String, String> COMPLAINT_LABELS = FormInput.inOrder(
            "receivedOn", "Date received",
            "summary", "What the complainant said",
            "status", "Where the complaint stands",
            "outcome", "Outcome");
    /** Where the return's fields are typed on the page: each outcome's fields carry its row number. */
    private static final Map<String, String> RETURN_FIELDS = returnFields();

    private final MonitoringViews views;
    private final MonitoringReviews reviews;
    private final Complaints complaints;
    private final Validator validator;

    MonitoringPages(MonitoringViews views, MonitoringReviews reviews, Complaints complaints, Validator validator) {
        this.views = views;
        this.reviews = reviews;
        this.complaints = complaints;
        this.validator = validator;
    }

    /**
     * A return as typed; numbers and dates as typed, so that a mistyped one is said in words. Each outcome field is a
     * list, one entry per row of the form.
     */
    record ReturnForm(String fromDay, String fromMonth, String fromYear, String toDay, String toMonth, String toYear,
            String plannedHours, String deliveredHours, String lowestHourlyPay, List<String> personReference,
            List<String> category, List<String> spokenBy, List<String> words, List<String> met) {

        static ReturnForm empty() {
            return new ReturnForm(null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }

        /** The row's typed value, or null when the row was not sent. */
        public String at(List<String> column, int row) {
            return column != null && row < column.size() ? column.get(row) : null;
        }
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        if (person.hasAny(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD)) {
            return List.of(new StartingPoint(45, "Contract monitoring", LIST, "Reviews due and overdue by risk "
                    + "tier, and each live contract's tier and why."));
        }
        if (person.has(Role.PROVIDER_USER)) {
            return List.of(new StartingPoint(30, "Contract monitoring", LIST, "How closely the council follows "
                    + "your contracts, and sending your monitoring returns."));
        }
        return List.of();
    }

    @GetMapping(LIST)
    String list(SignedInPerson person, Model model) {
        boolean staff = person.hasAny(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD);
        model.addAttribute("contracts", views.list(person));
        // The workload is the council's own measure, not shown to providers.
        model.addAttribute("workload", staff ? views.workload(person) : List.of());
        model.addAttribute("forProvider", !staff);
        model.addAttribute("currentPath", LIST);
        return "monitoring/contracts";
    }

    /** A complaint as typed by the officer; the date as typed, so that a mistyped one is said in words. */
    record ComplaintForm(String receivedDay, String receivedMonth, String receivedYear, String summary,
            String status, String outcome) {

        static ComplaintForm empty() {
            return new ComplaintForm(null, null, null, null, null, null);
        }
    }

    @GetMapping(LIST + "/{contractReference}")
    String contract(@PathVariable String contractReference, SignedInPerson person, Model model) {
        return page(contractReference, person, model, ReturnForm.empty(), ComplaintForm.empty(), List.of());
    }

    @PostMapping(LIST + "/{contractReference}/complaints")
    String recordComplaint(@PathVariable String contractReference, @ModelAttribute ComplaintForm form,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        ComplaintRequest request = new ComplaintRequest(
                FormInput.date(form.receivedDay(), form.receivedMonth(), form.receivedYear(), "receivedOn",
                        COMPLAINT_LABELS.get("receivedOn"), typed),
                form.summary(), choice(ComplaintStatus.class, form.status(), "status", COMPLAINT_LABELS, typed),
                blank(form.outcome()) ? null : form.outcome());
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), Map.of(), COMPLAINT_LABELS,
                typed);
        if (!problems.isEmpty()) {
            return page(contractReference, person, model, ReturnForm.empty(), form, problems);
        }
        complaints.record(person, contractReference, request);
        redirect.addFlashAttribute("confirmation", "The complaint is recorded. An upheld complaint counts against "
                + "the contract's risk tier, which is decided again now.");
        return "redirect:" + LIST + "/" + contractReference;
    }

    @PostMapping(LIST + "/{contractReference}/returns")
    String sendReturn(@PathVariable String contractReference, @ModelAttribute ReturnForm form, SignedInPerson person,
            Model model, RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        MonitoringReturn request = new MonitoringReturn(
                FormInput.date(form.fromDay(), form.fromMonth(), form.fromYear(), "periodFrom", "Period from", typed),
                FormInput.date(form.toDay(), form.toMonth(), form.toYear(), "periodTo", "Period to", typed),
                FormInput.amount(form.plannedHours(), "plannedHours", RETURN_LABELS.get("plannedHours"), typed),
                FormInput.amount(form.deliveredHours(), "deliveredHours", RETURN_LABELS.get("deliveredHours"), typed),
                FormInput.amount(form.lowestHourlyPay(), "lowestHourlyPay", RETURN_LABELS.get("lowestHourlyPay"),
                        typed),
                outcomes(form, typed));
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), RETURN_FIELDS, RETURN_LABELS,
                typed);
        if (!problems.isEmpty()) {
            return page(contractReference, person, model, form, ComplaintForm.empty(), problems);
        }
        try {
            reviews.submitReturn(contractReference, request, person);
        } catch (InvalidInput e) {
            return page(contractReference, person, model, form, ComplaintForm.empty(), FormInput.fromService(e.problems().stream()
                    .map(p -> new FieldProblem(RETURN_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                    .toList(), RETURN_LABELS));
        }
        redirect.addFlashAttribute("confirmation", "Your monitoring return is sent. The procurement officer reads "
                + "it at the review and tells you what they find.");
        return "redirect:" + LIST + "/" + contractReference;
    }

    /** The rows the provider filled in; an empty row is no outcome, a row half filled is said back as a problem. */
    private static List<MonitoringReturn.PersonOutcome> outcomes(ReturnForm form, List<FieldProblem> typed) {
        List<MonitoringReturn.PersonOutcome> outcomes = new ArrayList<>();
        for (int row = 0; row < OUTCOME_ROWS; row++) {
            String person = form.at(form.personReference(), row);
            String category = form.at(form.category(), row);
            String spokenBy = form.at(form.spokenBy(), row);
            String words = form.at(form.words(), row);
            String met = form.at(form.met(), row);
            if (blank(person) && blank(category) && blank(spokenBy) && blank(words) && blank(met)) {
                continue;
            }
            outcomes.add(new MonitoringReturn.PersonOutcome(person, choice(TalkingPoint.class, category,
                    "category-" + row, RETURN_LABELS, typed), choice(Speaker.class, spokenBy, "spokenBy-" + row,
                    RETURN_LABELS, typed), words, choice(OutcomeMet.class, met, "met-" + row, RETURN_LABELS, typed)));
        }
        return outcomes;
    }

    /** A choice from a list as sent; anything not on the list is said as a problem rather than failing. */
    private static <E extends Enum<E>> E choice(Class<E> type, String sent, String field, Map<String, String> labels,
            List<FieldProblem> typed) {
        if (blank(sent)) {
            return null;
        }
        try {
            return Enum.valueOf(type, sent);
        } catch (IllegalArgumentException e) {
            typed.add(new FieldProblem(field, labels.get(field) + " must be one of the choices given"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String page(String contractReference, SignedInPerson person, Model model, ReturnForm form,
            ComplaintForm complaintForm, List<FieldProblem> problems) {
        MonitoringViews.MonitoredView contract = views.get(person, contractReference);
        boolean provider = person.has(Role.PROVIDER_USER);
        model.addAttribute("contract", contract);
        model.addAttribute("outcomes", views.outcomes(person, contractReference));
        model.addAttribute("forProvider", provider);
        // A return is asked for by a review opened, not yet sent back, and not yet past its due day.
        model.addAttribute("mayReturn", provider && !contract.reviews().isEmpty()
                && contract.reviews().getLast().returnSubmittedAt() == null
                && contract.reviews().getLast().returnNotReceivedAt() == null);
        model.addAttribute("talkingPoints", TalkingPoint.values());
        model.addAttribute("speakers", Speaker.values());
        model.addAttribute("metChoices", OutcomeMet.values());
        model.addAttribute("rows", OUTCOME_ROWS);
        model.addAttribute("form", form);
        model.addAttribute("mayRecordComplaint", person.hasAny(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD));
        model.addAttribute("complaintStatuses", ComplaintStatus.values());
        model.addAttribute("complaint", complaintForm);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", LIST);
        return "monitoring/contract";
    }

    private static Map<String, String> returnLabels() {
        Map<String, String> labels = new LinkedHashMap<>(FormInput.inOrder(
                "periodFrom", "Period from",
                "periodTo", "Period to",
                "plannedHours", "Hours planned",
                "deliveredHours", "Hours delivered",
                "lowestHourlyPay", "Lowest hourly pay of a care worker"));
        for (int row = 0; row < OUTCOME_ROWS; row++) {
            String person = "Person " + (row + 1);
            labels.put("personReference-" + row, person + ": their reference");
            labels.put("category-" + row, person + ": what the outcome is about");
            labels.put("spokenBy-" + row, person + ": whose words these are");
            labels.put("words-" + row, person + ": the words as said");
            labels.put("met-" + row, person + ": whether the outcome is met");
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> returnFields() {
        Map<String, String> fields = new HashMap<>();
        for (int row = 0; row < OUTCOME_ROWS; row++) {
            for (String field : List.of("personReference", "category", "spokenBy", "words", "met")) {
                fields.put("outcomes[" + row + "]." + field, field + "-" + row);
            }
        }
        return Map.copyOf(fields);
    }
}
