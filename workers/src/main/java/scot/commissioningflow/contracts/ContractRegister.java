package scot.commissioningflow.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register of contracts (Procurement Reform (Scotland) Act 2014 s.35): what is live on a day, for monitoring,
 * pay uplifts and the published register. Every change is keyed by the contract reference, so a job the engine
 * delivers twice registers, varies or ends a contract once.
 */
public interface ContractRegister {

    /** Registers the contract once; registering the same reference again leaves the first entry as it is. */
    RegisteredContractView register(ContractEntry entry);

    /** Applies a variation once: a variation already recorded under its document reference changes nothing. */
    RegisteredContractView vary(String reference, ContractVariation variation);

    RegisteredContractView end(String reference, LocalDate on);

    RegisteredContractView get(String reference);

    List<ContractEntry> liveOn(LocalDate day);

    /**
     * The code of the council buying under the contract, as its signed document's parties name it; empty when the
     * parties were recorded before signers were named, or the reference is not in the register.
     */
    Optional<String> buyingCouncil(String reference);
}
