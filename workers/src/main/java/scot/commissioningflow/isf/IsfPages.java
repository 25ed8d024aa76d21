package scot.commissioningflow.isf;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * A person's individual service fund in plain language, for the person, their representative and their social
 * worker: the budget, what has been spent and banked, the provider chosen in the person's own words, and reviews.
 * The same support plan the API gives ({@link IsfOverview#supportPlan}), with the same rule on who sees which fund.
 */
@Controller
class IsfPages extends Pages implements StartingPoints {

    /** Each state of a fund as the person would say it. */
    private static final Map<IsfStatus, String> STATUS_IN_WORDS = Map.of(
            IsfStatus.AWAITING_CHOICE, "Waiting for a provider to be chosen",
            IsfStatus.AWAITING_PROVIDER, "Waiting for the chosen provider to accept",
            IsfStatus.AWAITING_SIGNATURES, "Waiting for the agreement to be signed",
            IsfStatus.AWAITING_START, "Agreed: support starts soon",
            IsfStatus.ACTIVE, "In place",
            IsfStatus.UNDER_REVIEW, "Being reviewed",
            IsfStatus.CHANGING_PROVIDER, "Changing provider",
            IsfStatus.CLOSED, "Closed");

    private final IsfOverview overview;

    IsfPages(IsfOverview overview) {
        this.overview = overview;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        if (person.hasAny(Role.SUPPORTED_PERSON, Role.REPRESENTATIVE)) {
            return List.of(new StartingPoint(30, "Your support", "/isfs", "Your individual service fund: the "
                    + "budget, what has been spent and saved, your provider and your reviews."));
        }
        return person.has(Role.SOCIAL_WORKER) ? List.of(new StartingPoint(30, "Individual service funds", "/isfs",
                "The funds of the people you support: budget, spend, banked hours and reviews.")) : List.of();
    }

    @GetMapping("/isfs")
    String list(SignedInPerson person, Model model) {
        model.addAttribute("funds", overview.visibleTo(person));
        model.addAttribute("forSocialWorker", person.has(Role.SOCIAL_WORKER));
        model.addAttribute("statusInWords", STATUS_IN_WORDS);
        model.addAttribute("currentPath", "/isfs");
        return "isf/funds";
    }

    @GetMapping("/isfs/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        model.addAttribute("fund", overview.get(reference, person));
        model.addAttribute("plan", overview.supportPlan(reference, person));
        model.addAttribute("statusInWords", STATUS_IN_WORDS);
        model.addAttribute("currentPath", "/isfs");
        return "isf/fund";
    }
}
