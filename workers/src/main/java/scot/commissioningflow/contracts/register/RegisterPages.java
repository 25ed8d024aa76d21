package scot.commissioningflow.contracts.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * The contract register in the browser, for the council's commissioning staff: the contracts live today and one
 * contract with its variations. Who sees which contract is the register's own rule ({@link RegisterOfContracts}).
 */
@Controller
class RegisterPages extends Pages implements StartingPoints {

    private final RegisterOfContracts register;
    private final Clock clock;

    RegisterPages(RegisterOfContracts register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_OFFICER) ? List.of(new StartingPoint(40,
                "Contract register", "/contract-register", "Your council's live contracts: who provides what, "
                        + "for how much, until when, and how each has been varied.")) : List.of();
    }

    @GetMapping("/contract-register")
    String live(SignedInPerson person, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("contracts", register.liveOn(today, person));
        model.addAttribute("currentPath", "/contract-register");
        return "contracts/register";
    }

    @GetMapping("/contract-register/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        model.addAttribute("registered", register.get(reference, person));
        model.addAttribute("currentPath", "/contract-register");
        return "contracts/registered-contract";
    }
}
