package scot.commissioningflow.frameworks.admission;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
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
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.frameworks.Reason;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.frameworks.calloff.CallOffView;
import scot.commissioningflow.frameworks.calloff.CallOffs;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * One framework in the browser: its lots and every member with its status, the applications admitted and refused
 * with the reasons (for the framework's own procurement staff, and a provider its own), suspension and reinstatement
 * with a reason; a commissioner sees their council's call-offs from it. A provider sees its own memberships across
 * frameworks with the price schedule in force today. The rules on who may read and change what are
 * {@link Admissions}' and {@link FrameworkAgreements}'.
 */
@Controller
class MembershipPages extends Pages implements StartingPoints {

    private static final String MEMBERSHIPS = "/frameworks/memberships";

    private final FrameworkAgreements agreements;
    private final Admissions admissions;
    private final CallOffs callOffs;
    private final Clock clock;
    private final Validator validator;

    MembershipPages(FrameworkAgreements agreements, Admissions admissions, CallOffs callOffs, Clock clock,
            Validator validator) {
        this.validator = validator;
        this.agreements = agreements;
        this.admissions = admissions;
        this.callOffs = callOffs;
        this.clock = clock;
    }

    /** A lot with its members, as the page lists them. */
    record LotWithMembers(FrameworkLot lot, List<LotMember> members) {
    }

    /** A provider's place on a lot with the prices it charges today. */
    record Membership(Framework framework, LotMember member, List<ScheduledPrice> prices) {
    }

    record ReasonForm(String reason) {
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.PROVIDER_USER) ? List.of(new StartingPoint(40, "Your frameworks", MEMBERSHIPS,
                "The framework lots your organisation is a member of, and the prices in force.")) : List.of();
    }

    @GetMapping(MEMBERSHIPS)
    String memberships(SignedInPerson person, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Membership> memberships = new ArrayList<>();
        for (Framework framework : agreements.list()) {
            admissions.membersOfFramework(framework.reference()).stream()
                    .filter(member -> person.actsForProvider(member.providerReference()))
                    .forEach(member -> memberships.add(new Membership(framework, member, admissions.schedule(
                            framework.reference(), member.lotNumber(), member.providerReference(), today))));
        }
        model.addAttribute("memberships", memberships);
        model.addAttribute("currentPath", MEMBERSHIPS);
        return "frameworks/memberships";
    }

    @GetMapping("/frameworks/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, List.of());
    }

    @PostMapping("/frameworks/{reference}/members/{providerReference}/suspension")
    String suspend(@PathVariable String reference, @PathVariable String providerReference,
            @ModelAttribute ReasonForm form, SignedInPerson person, Model model, RedirectAttributes redirect) {
        return change(reference, providerReference, MemberStatus.SUSPENDED, form, person, model, redirect);
    }

    @PostMapping("/frameworks/{reference}/members/{providerReference}/reinstatement")
    String reinstate(@PathVariable String reference, @PathVariable String providerReference,
            @ModelAttribute ReasonForm form, SignedInPerson person, Model model, RedirectAttributes redirect) {
        return change(reference, providerReference, MemberStatus.ADMITTED, form, person, model, redirect);
    }

    private String change(String reference, String providerReference, MemberStatus status, ReasonForm form,
            SignedInPerson person, Model model, RedirectAttributes redirect) {
        String field = "reason-" + providerReference;
        List<FieldProblem> problems = FormInput.problems(validator.validate(new Reason(form.reason())),
                Map.of("reason", field), Map.of(field, "The reason"), List.of());
        if (!problems.isEmpty()) {
            return page(reference, person, model, problems);
        }
        List<LotMember> changed = admissions.changeStatus(reference, providerReference, status, form.reason(),
                person);
        redirect.addFlashAttribute("confirmation", changed.getFirst().providerName() + (status
                == MemberStatus.SUSPENDED ? " is suspended: it is offered no new work until reinstated."
                : " is reinstated: it may be offered work again."));
        return "redirect:/frameworks/" + reference;
    }

    private String page(String reference, SignedInPerson person, Model model, List<FieldProblem> problems) {
        Framework framework = agreements.get(reference);
        boolean manages = person.worksFor(framework.buyerOrganisation())
                && person.hasAny(Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER);
        model.addAttribute("framework", framework);
        List<LotWithMembers> lots = framework.lots().stream()
                .map(lot -> new LotWithMembers(lot, admissions.members(reference, lot.lotNumber()))).toList();
        // A suspension holds on every lot a member holds, so its form is shown once: on the first of them.
        Map<String, Integer> formLot = new java.util.HashMap<>();
        lots.forEach(entry -> entry.members().forEach(member -> formLot.putIfAbsent(member.providerReference(),
                entry.lot().lotNumber())));
        model.addAttribute("lots", lots);
        model.addAttribute("formLot", formLot);
        model.addAttribute("manages", manages);
        model.addAttribute("applications", manages || person.has(Role.PROVIDER_USER)
                ? admissions.applications(reference, person) : List.of());
        List<CallOffView> councilCallOffs = person.has(Role.COMMISSIONER) ? callOffs.fromFramework(reference)
                .stream().filter(callOff -> person.worksFor(callOff.councilCode())).toList() : List.of();
        model.addAttribute("callOffs", councilCallOffs);
        model.addAttribute("mayCallOff", person.has(Role.COMMISSIONER));
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", "/frameworks");
        return "frameworks/framework";
    }
}
