package scot.commissioningflow.contracts.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/contract-register")
@Tag(name = "Contracts", description = "Contract documents, their signatures, and the contracts register")
class ContractRegisterController {

    private final RegisterOfContracts register;
    private final Clock clock;

    ContractRegisterController(RegisterOfContracts register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The contracts register: contracts live on a day (today by default) that the signed-in "
            + "person may see: a provider its own, council staff their council's; an individual service fund names "
            + "its person only to those entitled")
    List<ContractEntry> liveOn(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate liveOn,
            SignedInPerson person) {
        return register.liveOn(liveOn == null ? LocalDate.now(clock) : liveOn, person);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One contract in the register, with its variations")
    RegisteredContractView registered(@PathVariable String reference, SignedInPerson person) {
        return register.get(reference, person);
    }
}
