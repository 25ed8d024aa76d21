package scot.commissioningflow.commissioning;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.platform.process.ProcessLog;

/**
 * From award to live contract: the fields of contracts-templates/outcome-based-contract.docx and its signatories for
 * the contract-signing call activity, then the signed contract entered in the register with its outcomes, which is
 * where monitoring picks it up.
 */
@Component
public class ContractWorkers {

    static final String TEMPLATE = "outcome-based-contract.docx";
    private static final Logger log = LoggerFactory.getLogger(ContractWorkers.class);

    private final Tenders tenders;
    private final AwardDecisionRepository awards;
    private final ProviderResponseRepository responses;
    private final ContractRegister register;
    private final int signingDeadlineDays;

    ContractWorkers(Tenders tenders, AwardDecisionRepository awards, ProviderResponseRepository responses,
            ContractRegister register,
            @Value("${commissioning.tenders.signing-deadline-days:14}") int signingDeadlineDays) {
        this.tenders = tenders;
        this.awards = awards;
        this.responses = responses;
        this.register = register;
        this.signingDeadlineDays = signingDeadlineDays;
    }

    @JobWorker(type = "prepare-outcome-based-contract")
    @Transactional(readOnly = true)
    public Map<String, Object> prepare(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = award(tenderReference);
            ProviderResponse winning = award.winningResponseId() == null ? null
                    : responses.findById(award.winningResponseId()).orElseThrow();
            String contractReference = contractReference(tenderReference);
            Map<String, Object> fields = new HashMap<>(ContractFields.of(tender, award, winning));
            fields.put("contractReference", contractReference);
            return Map.of(
                    "contractReference", contractReference,
                    "contractTemplate", TEMPLATE,
                    "contractFields", fields,
                    "signatories", List.of(
                            Map.of("role", "provider", "name", award.winnerName(), "email", award.winnerEmail()),
                            Map.of("role", "commissioner", "name", tender.commissionerName(),
                                    "email", tender.commissionerEmail())),
                    "signingDeadlineDays", signingDeadlineDays);
        }
    }

    /** The register keeps the first entry for a reference, so a redelivered job changes nothing. */
    @JobWorker(type = "register-live-contract")
    @Transactional
    public Map<String, Object> registerLive(ActivatedJob job, @Variable String tenderReference,
            @Variable String contractDocumentId) {
        try (var ignored = ProcessLog.forJob(job)) {
            Tender tender = tenders.load(tenderReference);
            AwardDecision award = award(tenderReference);
            String reference = contractReference(tenderReference);
            BigDecimal annualValue = award.contractValue().multiply(BigDecimal.valueOf(12))
                    .divide(BigDecimal.valueOf(tender.contractMonths()), 2, RoundingMode.HALF_UP);
            register.register(new ContractEntry(reference, ContractKind.OUTCOMES_BASED, tender.title(),
                    award.winnerReference(), award.winnerName(), tender.commissioningBody(),
                    tender.contractStartDate(), tender.contractStartDate().plusMonths(tender.contractMonths())
                            .minusDays(1), annualValue, award.hourlyRate(), tender.outcomes(), contractDocumentId));
            award.contract(reference, true);
            tender.moveTo(TenderStatus.CONTRACT_LIVE);
            log.info("Contract {} with {} is live", reference, award.winnerName());
            return Map.of("registeredContract", reference);
        }
    }

    @JobWorker(type = "record-contract-not-signed")
    @Transactional
    public void recordNotSigned(ActivatedJob job, @Variable String tenderReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            award(tenderReference).contract(contractReference(tenderReference), false);
            tenders.load(tenderReference).moveTo(TenderStatus.CONTRACT_NOT_SIGNED);
            log.info("The contract for {} was not signed before its deadline", tenderReference);
        }
    }

    private AwardDecision award(String tenderReference) {
        return awards.findByTenderReference(tenderReference).orElseThrow(
                () -> new IllegalStateException("Tender " + tenderReference + " has no award decision"));
    }

    static String contractReference(String tenderReference) {
        return tenderReference + "-C1";
    }
}
