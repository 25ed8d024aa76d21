package scot.commissioningflow.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.web.NotFound;

/** The register of contracts: what is live on a day, for monitoring, uplifts and the published register. */
@Service
public class ContractRegister {

    private final RegisteredContractRepository contracts;
    private final Clock clock;

    ContractRegister(RegisteredContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** Registers the contract once; registering the same reference again leaves the first entry as it is. */
    @Transactional
    public RegisteredContractView register(ContractEntry entry) {
        return contracts.findById(entry.reference())
                .orElseGet(() -> contracts.save(new RegisteredContract(entry, clock.instant())))
                .view();
    }

    @Transactional
    public RegisteredContractView vary(String reference, ContractVariation variation) {
        RegisteredContract contract = load(reference);
        contract.vary(variation);
        return contract.view();
    }

    @Transactional
    public RegisteredContractView end(String reference, LocalDate on) {
        RegisteredContract contract = load(reference);
        contract.end(on);
        return contract.view();
    }

    @Transactional(readOnly = true)
    public RegisteredContractView get(String reference) {
        return load(reference).view();
    }

    @Transactional(readOnly = true)
    public List<ContractEntry> liveOn(LocalDate day) {
        return contracts.liveOn(day).stream().map(RegisteredContract::entry).toList();
    }

    private RegisteredContract load(String reference) {
        return contracts.findById(reference)
                .orElseThrow(() -> new NotFound("There is no contract " + reference + " in the register."));
    }
}
