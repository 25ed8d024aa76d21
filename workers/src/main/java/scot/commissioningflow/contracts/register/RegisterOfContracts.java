package scot.commissioningflow.contracts.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractVariation;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.platform.web.NotFound;

@Service
class RegisterOfContracts implements ContractRegister {

    private final RegisteredContractRepository contracts;
    private final Clock clock;

    RegisterOfContracts(RegisteredContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RegisteredContractView register(ContractEntry entry) {
        return contracts.findById(entry.reference())
                .orElseGet(() -> contracts.save(new RegisteredContract(entry, clock.instant())))
                .view();
    }

    @Override
    @Transactional
    public RegisteredContractView vary(String reference, ContractVariation variation) {
        RegisteredContract contract = load(reference);
        contract.vary(variation);
        return contract.view();
    }

    @Override
    @Transactional
    public RegisteredContractView end(String reference, LocalDate on) {
        RegisteredContract contract = load(reference);
        contract.end(on);
        return contract.view();
    }

    @Override
    @Transactional(readOnly = true)
    public RegisteredContractView get(String reference) {
        return load(reference).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractEntry> liveOn(LocalDate day) {
        return contracts.liveOn(day).stream().map(RegisteredContract::entry).toList();
    }

    private RegisteredContract load(String reference) {
        return contracts.findById(reference)
                .orElseThrow(() -> new NotFound("There is no contract " + reference + " in the register."));
    }
}
