package scot.commissioningflow.isf.agreement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractVariation;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.isf.fund.IndividualServiceFund;

/**
 * Keeps the council's contracts register in step with ISF agreements: registered when one takes effect, varied by
 * a signed variation, ended when the person moves on. An ISF is open-ended until it is reviewed or ended.
 */
@Component
class LiveContracts {

    private final ContractRegister register;

    LiveContracts(ContractRegister register) {
        this.register = register;
    }

    void register(IndividualServiceFund isf, IsfAgreement agreement) {
        List<ContractedOutcome> outcomes = isf.outcomes().stream().map(ContractedOutcome::inOwnWords).toList();
        register.register(new ContractEntry(agreement.contractReference(), ContractKind.INDIVIDUAL_SERVICE_FUND,
                "Individual service fund for " + isf.personName(), agreement.providerReference(),
                agreement.providerName(), isf.councilName(), agreement.startsOn(), null, agreement.annualBudget(),
                null, outcomes, agreement.contractReference()));
    }

    void vary(IsfAgreement variation, String reason) {
        register.vary(variation.variesReference(), new ContractVariation(variation.contractReference(),
                variation.startsOn(), reason, variation.annualBudget(), null));
    }

    void end(IsfAgreement agreement, LocalDate lastDay) {
        register.end(agreement.contractReference(), lastDay);
    }
}
