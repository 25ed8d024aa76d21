package scot.commissioningflow.contracts.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractEnded;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractVariation;
import scot.commissioningflow.contracts.ContractWentLive;
import scot.commissioningflow.contracts.RecordedVariation;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.contracts.signing.ContractAccess;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.NotFound;

@Service
class RegisterOfContracts implements ContractRegister {

    private final RegisteredContractRepository contracts;
    private final ContractAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegisterOfContracts(RegisteredContractRepository contracts, ContractAccess access, Clock clock,
            ApplicationEventPublisher events) {
        this.access = access;
        this.contracts = contracts;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public RegisteredContractView register(ContractEntry entry) {
        return contracts.findById(entry.reference()).orElseGet(() -> {
            RegisteredContract registered = contracts.save(new RegisteredContract(entry, clock.instant()));
            // Only a reference new to the register went live: a process registering again on a retry stays silent.
            events.publishEvent(new ContractWentLive(registered.entry(), registered.view().registeredAt()));
            return registered;
        }).view();
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
        events.publishEvent(new ContractEnded(reference, on));
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

    /**
     * The register as this person may see it: a provider's users see their organisation's contracts, council staff
     * their council's, and programme analysts every contract with individual service funds shown without the person
     * (their name and outcomes).
     */
    @Transactional(readOnly = true)
    List<ContractEntry> liveOn(LocalDate day, SignedInPerson person) {
        return contracts.liveOn(day).stream().map(RegisteredContract::view)
                .flatMap(view -> seenBy(view, person).stream()).map(RegisteredContractView::contract).toList();
    }

    @Transactional(readOnly = true)
    RegisteredContractView get(String reference, SignedInPerson person) {
        return seenBy(load(reference).view(), person).orElseThrow(() -> new Refused("Only the contract's provider,"
                + " the buying council's staff and programme analysts can see contract " + reference + "."));
    }

    private Optional<RegisteredContractView> seenBy(RegisteredContractView view, SignedInPerson person) {
        ContractEntry entry = view.contract();
        if (person.actsForProvider(entry.providerReference()) || access.mayRead(entry.documentReference(), person)) {
            return Optional.of(view);
        }
        boolean individual = entry.kind() == ContractKind.INDIVIDUAL_SERVICE_FUND;
        Optional<String> buyer = access.buyingCouncil(entry.documentReference());
        // Contracts whose parties were recorded before signers were named have no known buyer: any council's staff
        // see them, except an individual service fund, which names a person.
        if (buyer.isEmpty() && !individual && person.organisation() != null
                && ContractAccess.isStaffOf(person.organisation(), person)) {
            return Optional.of(view);
        }
        if (person.has(Role.PROGRAMME_ANALYST)) {
            return Optional.of(individual ? withoutThePerson(view) : view);
        }
        return Optional.empty();
    }

    /** An individual service fund as those not entitled to know whose it is see it. */
    private static RegisteredContractView withoutThePerson(RegisteredContractView view) {
        ContractEntry e = view.contract();
        return new RegisteredContractView(new ContractEntry(e.reference(), e.kind(), "Individual service fund",
                e.providerReference(), e.providerName(), e.commissioner(), e.startDate(), e.endDate(),
                e.annualValue(), e.hourlyRate(), List.of(), e.documentReference()),
                view.variations().stream().map(v -> new RecordedVariation(v.documentReference(), v.effectiveFrom(),
                        "Varied after a review", v.annualValueBefore(), v.hourlyRateBefore())).toList(),
                view.registeredAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> buyingCouncil(String reference) {
        return contracts.findById(reference)
                .flatMap(contract -> access.buyingCouncil(contract.view().contract().documentReference()));
    }

    private RegisteredContract load(String reference) {
        return contracts.findById(reference)
                .orElseThrow(() -> new NotFound("There is no contract " + reference + " in the register."));
    }
}
