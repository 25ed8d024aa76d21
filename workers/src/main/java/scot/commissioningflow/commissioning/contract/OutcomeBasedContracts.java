package scot.commissioningflow.commissioning.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.award.AwardView;
import scot.commissioningflow.commissioning.award.Awards;
import scot.commissioningflow.commissioning.contract.OutcomeBasedContractFields.FairWorkTerms;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;

/**
 * The outcome-based contract on an award: contracts-templates/outcome-based-contract.docx with its fields and
 * signatories for the contract-signing call activity, then the signed contract entered in the register with its
 * outcomes, which is where monitoring picks it up.
 */
@Service
public class OutcomeBasedContracts {

    static final String TEMPLATE = "outcome-based-contract.docx";
    private static final Logger log = LoggerFactory.getLogger(OutcomeBasedContracts.class);

    private final Tenders tenders;
    private final Awards awards;
    private final Responses responses;
    private final ContractRegister register;
    private final int signingDeadlineDays;

    OutcomeBasedContracts(Tenders tenders, Awards awards, Responses responses, ContractRegister register,
            @Value("${commissioning.tenders.signing-deadline-days:14}") int signingDeadlineDays) {
        this.tenders = tenders;
        this.awards = awards;
        this.responses = responses;
        this.register = register;
        this.signingDeadlineDays = signingDeadlineDays;
    }

    /** One contract per tender: its reference follows from the tender's. */
    private static String contractReference(String tenderReference) {
        return tenderReference + "-C1";
    }

    @Transactional(readOnly = true)
    ContractRequest request(String tenderReference) {
        TenderView tender = tenders.get(tenderReference);
        AwardView award = awards.award(tenderReference);
        FairWorkTerms fairWork = award.winningResponseId() == null ? FairWorkTerms.imposed() : declared(award);
        String contractReference = contractReference(tenderReference);
        return new ContractRequest(contractReference, TEMPLATE,
                OutcomeBasedContractFields.of(contractReference, tender, award, fairWork),
                // The provider's users sign for it, and the buying council's staff for the council: the same signers
                // let each read the contract and the register show it to the council that bought it.
                List.of(new SignatoryRequest("provider", award.winnerName(), award.winnerEmail(),
                                Signer.provider(award.winnerReference())),
                        new SignatoryRequest("commissioner", tender.commissionerName(), tender.commissionerEmail(),
                                Signer.council(tender.buyerOrganisation()))),
                signingDeadlineDays);
    }

    /** The register keeps the first entry for a reference, so a redelivered job changes nothing. */
    @Transactional
    String registerLive(String tenderReference, String contractDocumentId) {
        TenderView tender = tenders.get(tenderReference);
        AwardView award = awards.award(tenderReference);
        String reference = contractReference(tenderReference);
        BigDecimal annualValue = award.contractValue().multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(tender.contractMonths()), 2, RoundingMode.HALF_UP);
        register.register(new ContractEntry(reference, ContractKind.OUTCOMES_BASED, tender.title(),
                award.winnerReference(), award.winnerName(), tender.commissioningBody(), tender.contractStartDate(),
                OutcomeBasedContractFields.endDate(tender), annualValue, award.hourlyRate(),
                tender.outcomes().stream().map(o -> new ContractedOutcome(o.outcome(), o.indicator())).toList(),
                contractDocumentId));
        awards.contractConcluded(tenderReference, reference, true);
        log.info("Contract {} with {} is live", reference, award.winnerName());
        return reference;
    }

    @Transactional
    void notSigned(String tenderReference) {
        awards.contractConcluded(tenderReference, contractReference(tenderReference), false);
        log.info("The contract for {} was not signed before its deadline", tenderReference);
    }

    private FairWorkTerms declared(AwardView award) {
        ResponseView winning = responses.response(award.winningResponseId());
        return FairWorkTerms.declared(responses.declaration(winning.id()), winning.fairWorkSummary());
    }
}
