package scot.commissioningflow.frameworks.brokerage;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.frameworks.agreement.LotChoice;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Participant;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Who;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Care package brokerage in the browser. A social worker posts one person's package to a live framework lot, sees
 * the offers ranked once offers close and records the award made with the person; an invited provider sees the
 * packages it may offer on and makes its offer before the window closes; the person and their representative follow
 * their own package. Every rule, including who sees which package and which offers, is {@link Brokerage}'s.
 */
@Controller
class BrokeragePages extends Pages implements StartingPoints {

    private static final String LIST = "/care-packages";

    /** The package form's fields as labelled on the page. */
    private static final Map<String, String> PACKAGE_LABELS = FormInput.inOrder(
            "frameworkLot", "Framework and lot",
            "councilArea", "Council area",
            "personName", "The person's name",
            "personUserId", "The person's sign-in name",
            "personEmail", "The person's email address",
            "representativeUserId", "Their representative's sign-in name",
            "weeklyHours", "Hours of support a week",
            "supportTimes", "When support is needed",
            "needs", "What support is needed",
            "outcomesInOwnWords", "What the person wants from their support",
            "preferences", "The person's preferences",
            "chosenProviderReference", "A provider the person chose",
            "choiceInOwnWords", "Why they chose it",
            "startDate", "Start date",
            "offerWindowHours", "Working hours providers have to offer",
            "personHow", "How the person took part",
            "otherName", "The other person's name",
            "otherHow", "How the other person took part",
            "socialWorkerEmail", "Your email address");
    /** Where the request's fields are typed on the page, where the names differ. */
    private static final Map<String, String> PACKAGE_FIELDS = Map.of(
            "frameworkReference", "frameworkLot", "lotNumber", "frameworkLot", "participants", "personHow",
            "participants[0].how", "personHow", "participants[1].how", "otherHow", "participants[1].name",
            "otherName", "socialWorkerName", "socialWorkerEmail", "pricedService", "frameworkLot");
    private static final Map<String, String> OFFER_LABELS = FormInput.inOrder("hourlyRate", "Hourly rate",
            "canStartOn", "When you can start", "howWeWouldHelp", "How you would help");
    private static final Map<String, String> AWARD_LABELS = FormInput.inOrder(
            "providerReference", "The offer accepted", "reason", "Why this offer", "personHow", "How the person took part in choosing");
    private static final Map<String, String> AWARD_FIELDS = Map.of("participants", "personHow",
            "participants[0].how", "personHow");

    /** Who else may have taken part in shaping a package, besides the person. */
    private static final List<Who> OTHERS = List.of(Who.CARER, Who.FAMILY, Who.REPRESENTATIVE, Who.ADVOCATE);

    private final Brokerage brokerage;
    private final FrameworkAgreements frameworks;
    private final Validator validator;

    BrokeragePages(Brokerage brokerage, FrameworkAgreements frameworks, Validator validator) {
        this.brokerage = brokerage;
        this.frameworks = frameworks;
        this.validator = validator;
    }

    /** A package as typed; numbers and the date as typed, so that a mistyped one is said in words. */
    record PackageForm(String frameworkLot, String councilArea, String personName, String personUserId,
            String personEmail, String representativeUserId, String weeklyHours, String supportTimes, String needs,
            String outcomesInOwnWords, String preferences, String chosenProviderReference, String choiceInOwnWords,
            String startDay, String startMonth, String startYear, String offerWindowHours, String socialWorkerEmail,
            String personHow, String otherWho, String otherName, String otherHow) {

        static PackageForm empty() {
            return new PackageForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
    }

    record OfferForm(String hourlyRate, String startDay, String startMonth, String startYear, String howWeWouldHelp) {

        static OfferForm empty() {
            return new OfferForm(null, null, null, null, null);
        }
    }

    record AwardForm(String providerReference, String reason, String personHow) {

        static AwardForm empty() {
            return new AwardForm(null, null, null);
        }
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        if (person.has(Role.SOCIAL_WORKER)) {
            return List.of(new StartingPoint(35, "Care packages", LIST, "Post a person's care package to a "
                    + "framework's providers, see the offers when they close and record the award."));
        }
        if (person.has(Role.PROVIDER_USER)) {
            return List.of(new StartingPoint(25, "Care packages", LIST, "Care packages your organisation may offer "
                    + "for: make your offer before offers close."));
        }
        return person.hasAny(Role.SUPPORTED_PERSON, Role.REPRESENTATIVE) ? List.of(new StartingPoint(35,
                "Your care package", LIST, "The care package arranged for you, the offers made and who was "
                        + "chosen.")) : List.of();
    }

    @GetMapping(LIST)
    String list(SignedInPerson person, Model model) {
        model.addAttribute("packages", brokerage.visibleTo(person));
        model.addAttribute("forSocialWorker", person.has(Role.SOCIAL_WORKER));
        model.addAttribute("forProvider", person.has(Role.PROVIDER_USER));
        model.addAttribute("currentPath", LIST);
        return "frameworks/care-packages";
    }

    @GetMapping(LIST + "/new")
    String newPackage(Model model) {
        return packageForm(model, PackageForm.empty(), List.of());
    }

    @PostMapping(LIST)
    String post(@ModelAttribute PackageForm form, SignedInPerson person, Model model, RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        FrameworkLot lot = LotChoice.chosen(frameworks, form.frameworkLot()).orElse(null);
        BigDecimal hours = FormInput.amount(form.weeklyHours(), "weeklyHours", "Hours of support a week", typed);
        Integer window = FormInput.whole(form.offerWindowHours(), "offerWindowHours",
                "Working hours providers have to offer", typed);
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(Who.SUPPORTED_PERSON, form.personName(), form.personHow()));
        OTHERS.stream().filter(who -> who.name().equals(form.otherWho())).findFirst()
                .ifPresent(who -> participants.add(new Participant(who, form.otherName(), form.otherHow())));
        NewCarePackage request = new NewCarePackage(lot == null ? null : lot.frameworkReference(),
                lot == null ? null : lot.lotNumber(), form.councilArea(), form.personName(), form.personUserId(),
                form.personEmail(), blankAsNull(form.representativeUserId()), hours, form.supportTimes(),
                form.needs(), form.outcomesInOwnWords(), blankAsNull(form.preferences()),
                blankAsNull(form.chosenProviderReference()), blankAsNull(form.choiceInOwnWords()),
                lot == null || lot.pricedServices().isEmpty() ? null
                        : lot.pricedServices().getFirst().name(),
                FormInput.date(form.startDay(), form.startMonth(), form.startYear(), "startDate", "Start date", typed),
                window, person.displayName(), form.socialWorkerEmail(),
                participants);
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), PACKAGE_FIELDS, PACKAGE_LABELS,
                typed);
        if (!problems.isEmpty()) {
            return packageForm(model, form, problems);
        }
        Brokerage.Posted posted;
        try {
            posted = brokerage.post(request, person);
        } catch (InvalidInput e) {
            return packageForm(model, form, FormInput.fromService(renamed(e.problems(), PACKAGE_FIELDS),
                    PACKAGE_LABELS));
        }
        redirect.addFlashAttribute("confirmation", "The package is posted to every eligible provider on the lot. "
                + "You will see their offers here when offers close.");
        return "redirect:" + LIST + "/" + posted.reference();
    }

    @GetMapping(LIST + "/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, OfferForm.empty(), AwardForm.empty(), List.of());
    }

    @PostMapping(LIST + "/{reference}/offers")
    String offer(@PathVariable String reference, @ModelAttribute OfferForm form, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        OfferRequest request = new OfferRequest(FormInput.amount(form.hourlyRate(), "hourlyRate", "Hourly rate",
                typed), FormInput.date(form.startDay(), form.startMonth(), form.startYear(), "canStartOn",
                "When you can start", typed), form.howWeWouldHelp());
        List<FieldProblem> problems = FormInput.problems(validator.validate(request), Map.of(), OFFER_LABELS, typed);
        if (!problems.isEmpty()) {
            return page(reference, person, model, form, AwardForm.empty(), problems);
        }
        try {
            brokerage.offer(reference, request, person);
        } catch (InvalidInput e) {
            return page(reference, person, model, form, AwardForm.empty(),
                    FormInput.fromService(e.problems(), OFFER_LABELS));
        }
        redirect.addFlashAttribute("confirmation", "Your offer is made. It stands as made; you will hear whether it "
                + "is chosen after offers close.");
        return "redirect:" + LIST + "/" + reference;
    }

    @PostMapping(LIST + "/{reference}/award")
    String award(@PathVariable String reference, @ModelAttribute AwardForm form, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        CarePackageView carePackage = brokerage.get(reference, person);
        AwardChoice choice = new AwardChoice(form.providerReference(), blankAsNull(form.reason()),
                List.of(new Participant(Who.SUPPORTED_PERSON, carePackage.personName(), form.personHow())));
        List<FieldProblem> problems = FormInput.problems(validator.validate(choice), AWARD_FIELDS, AWARD_LABELS,
                List.of());
        if (!problems.isEmpty()) {
            return page(reference, person, model, OfferForm.empty(), form, problems);
        }
        try {
            brokerage.award(reference, choice, person);
        } catch (InvalidInput e) {
            return page(reference, person, model, OfferForm.empty(), form,
                    FormInput.fromService(e.problems(), AWARD_LABELS));
        }
        redirect.addFlashAttribute("confirmation", "The award is recorded. The providers not chosen are told, and "
                + "the placement agreement is drawn up for the person, the provider and the council to sign.");
        return "redirect:" + LIST + "/" + reference;
    }

    private String page(String reference, SignedInPerson person, Model model, OfferForm offerForm,
            AwardForm awardForm, List<FieldProblem> problems) {
        CarePackageView carePackage = brokerage.get(reference, person);
        List<OfferView> offers = brokerage.offers(reference, person);
        boolean provider = person.has(Role.PROVIDER_USER);
        model.addAttribute("carePackage", carePackage);
        model.addAttribute("offers", offers);
        model.addAttribute("forProvider", provider);
        model.addAttribute("mayOffer", provider && offers.isEmpty()
                && carePackage.status() == CarePackageStatus.OPEN_FOR_OFFERS);
        model.addAttribute("mayAward", person.has(Role.SOCIAL_WORKER) && !offers.isEmpty()
                && carePackage.status() == CarePackageStatus.CHOOSING);
        model.addAttribute("offerForm", offerForm);
        model.addAttribute("awardForm", awardForm);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", LIST);
        return "frameworks/care-package";
    }

    private String packageForm(Model model, PackageForm form, List<FieldProblem> problems) {
        model.addAttribute("lots", LotChoice.live(frameworks));
        model.addAttribute("who", OTHERS);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", LIST);
        return "frameworks/new-care-package";
    }

    private static List<FieldProblem> renamed(List<FieldProblem> problems, Map<String, String> fields) {
        return problems.stream().map(p -> new FieldProblem(fields.getOrDefault(p.field(), p.field()), p.message()))
                .toList();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
