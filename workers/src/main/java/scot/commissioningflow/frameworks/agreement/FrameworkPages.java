package scot.commissioningflow.frameworks.agreement;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.agreement.LotSetUp.PricedServiceSetUp;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Frameworks in the browser: every framework with its lots and term, and the set-up of a new one by a procurement
 * lead for their own organisation (one lot and one priced service from the page; the API takes more). One framework's
 * members, applications and suspensions are {@code admission}'s pages.
 */
@Controller
class FrameworkPages extends Pages implements StartingPoints {

    static final String LIST = "/frameworks";

    private static final Map<String, String> LABELS = FormInput.inOrder(
            "title", "Framework title",
            "buyerName", "Your organisation's name",
            "contactEmail", "Email address for variations",
            "startsOn", "Start date",
            "endsOn", "End date",
            "exceptionalTermReason", "Why a term over four years is needed",
            "qualityPercent", "Weight of quality",
            "pricePercent", "Weight of price",
            "reopenEveryMonths", "Reopen every",
            "applicationWindowDays", "Days each round takes applications",
            "lotTitle", "Lot title",
            "careService", "Type of service",
            "clientGroup", "Client group",
            "councilAreas", "Council areas",
            "minimumGrade", "Lowest grade a member may hold",
            "pricedService", "What members price");
    /** The request's nested fields as the page names them. */
    private static final Map<String, String> FIELDS = Map.of("lots[0].title", "lotTitle",
            "lots[0].careService", "careService", "lots[0].clientGroup", "clientGroup",
            "lots[0].councilAreas", "councilAreas", "lots[0].minimumGrade", "minimumGrade",
            "lots[0].pricedServices[0].name", "pricedService", "lots[0].pricedServices[0].unit", "pricedService");

    private final FrameworkAgreements agreements;
    private final Validator validator;

    FrameworkPages(FrameworkAgreements agreements, Validator validator) {
        this.agreements = agreements;
        this.validator = validator;
    }

    /** A framework as typed; numbers and dates as typed, so that a mistyped one is said in words. */
    record SetUpForm(String title, String buyerName, String contactEmail, String startsDay, String startsMonth,
            String startsYear, String endsDay, String endsMonth, String endsYear, String exceptionalTermReason,
            String qualityPercent, String pricePercent, String reopenEveryMonths, String applicationWindowDays,
            String lotTitle, String careService, String clientGroup, String councilAreas, String minimumGrade,
            String pricedService, String pricedServiceUnit) {

        static SetUpForm empty() {
            return new SetUpForm(null, null, null, null, null, null, null, null, null, null, "90", "10", "12", "30",
                    null, null, null, null, "4", null, "HOUR");
        }
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        if (person.hasAny(Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER)) {
            return List.of(new StartingPoint(40, "Frameworks", LIST, "National framework agreements: lots, the "
                    + "providers admitted and refused, suspensions, and setting up a new framework."));
        }
        if (person.has(Role.COMMISSIONER)) {
            return List.of(new StartingPoint(40, "Frameworks", LIST, "Frameworks you can buy from: their lots and "
                    + "members, and calling off by direct award or mini-competition."));
        }
        return List.of();
    }

    @GetMapping(LIST)
    String list(SignedInPerson person, Model model) {
        model.addAttribute("frameworks", agreements.list());
        model.addAttribute("maySetUp", person.has(Role.PROCUREMENT_LEAD));
        model.addAttribute("mayCallOff", person.has(Role.COMMISSIONER));
        model.addAttribute("currentPath", LIST);
        return "frameworks/frameworks";
    }

    @GetMapping(LIST + "/new")
    String newFramework(Model model) {
        return form(model, SetUpForm.empty(), List.of());
    }

    @PostMapping(LIST)
    String setUp(@ModelAttribute SetUpForm form, SignedInPerson person, Model model, RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        FrameworkSetUp setUp = new FrameworkSetUp(form.title(), form.buyerName(), form.contactEmail(),
                FormInput.date(form.startsDay(), form.startsMonth(), form.startsYear(), "startsOn", "Start date",
                        typed),
                FormInput.date(form.endsDay(), form.endsMonth(), form.endsYear(), "endsOn", "End date", typed),
                blankAsNull(form.exceptionalTermReason()),
                required(form.qualityPercent(), "qualityPercent", typed),
                required(form.pricePercent(), "pricePercent", typed),
                required(form.reopenEveryMonths(), "reopenEveryMonths", typed),
                required(form.applicationWindowDays(), "applicationWindowDays", typed),
                List.of(new LotSetUp(form.lotTitle(), form.careService(), form.clientGroup(),
                        areas(form.councilAreas()), required(form.minimumGrade(), "minimumGrade", typed),
                        List.of(new PricedServiceSetUp(form.pricedService(), unit(form.pricedServiceUnit()))))));
        List<FieldProblem> problems = FormInput.problems(validator.validate(setUp), FIELDS, LABELS, typed);
        if (!problems.isEmpty()) {
            return form(model, form, problems);
        }
        Framework framework;
        try {
            framework = agreements.setUp(setUp, person);
        } catch (InvalidInput e) {
            return form(model, form, FormInput.fromService(e.problems(), LABELS));
        }
        redirect.addFlashAttribute("confirmation", "The framework is set up and its first round takes applications "
                + "now.");
        return "redirect:" + LIST + "/" + framework.reference();
    }

    private String form(Model model, SetUpForm form, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("units", PriceUnit.values());
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", LIST);
        return "frameworks/new-framework";
    }

    /**
     * A number the request needs: a blank one is a problem said here (the request's primitive would take it as
     * nought, which its own limits may allow).
     */
    private static int required(String typed, String field, List<FieldProblem> problems) {
        Integer number = FormInput.whole(typed, field, LABELS.get(field), problems);
        if (number == null && (typed == null || typed.isBlank())) {
            problems.add(new FieldProblem(field, "Enter " + LABELS.get(field).toLowerCase(java.util.Locale.UK)));
        }
        return number == null ? 0 : number;
    }

    private static List<String> areas(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\n]")).map(String::strip)
                .filter(area -> !area.isEmpty()).toList();
    }

    private static PriceUnit unit(String typed) {
        return Arrays.stream(PriceUnit.values()).filter(unit -> unit.name().equals(typed)).findFirst().orElse(null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
