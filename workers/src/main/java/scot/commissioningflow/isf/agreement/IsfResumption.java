package scot.commissioningflow.isf.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Individual service funds whose process the engine lost, resumed where the fund stands: waiting for the person's
 * choice or the provider's answer, for signatures (an agreement everyone signed meanwhile goes straight on to record
 * it), for the start date, or in place until the next review. The start date and the review date are the stored
 * ones, so the timers wait exactly as long as they would have. A fund in the middle of a review or a change of
 * provider holds answers only its lost process had; it is listed for an officer.
 */
@Component
class IsfResumption implements ResumableRecords {

    private static final String SUBJECT = "isf";

    private final Funds funds;
    private final IsfAgreementRepository agreements;
    private final Agreements schedule;
    private final ContractDocuments documents;

    IsfResumption(Funds funds, IsfAgreementRepository agreements, Agreements schedule, ContractDocuments documents) {
        this.funds = funds;
        this.agreements = agreements;
        this.schedule = schedule;
        this.documents = documents;
    }

    /**
     * Not one transaction: asking the contracts feature about a document not generated yet is an answer here, not
     * a failure that should roll anything back. Only plain columns of the funds are read.
     */
    @Override
    public List<RecordInFlight> inFlight() {
        return funds.notClosed().stream().filter(isf -> isf.processInstanceKey() != null).map(this::resumption)
                .toList();
    }

    private RecordInFlight resumption(IndividualServiceFund isf) {
        String reference = isf.reference();
        return switch (isf.status()) {
            case AWAITING_CHOICE -> before(isf, IsfProcess.RECORD_CHOICE, new FundOnly(reference));
            case AWAITING_PROVIDER -> before(isf, IsfProcess.PROVIDER_ACCEPTANCE,
                    new ProviderToAnswer(reference, isf.chosenProviderReference()));
            case AWAITING_SIGNATURES -> awaitingSignatures(isf);
            case AWAITING_START -> latest(isf, AgreementStatus.SIGNED).map(agreement -> before(isf,
                    IsfProcess.AGREEMENT_STARTS, new WaitingToStart(reference, agreement.contractReference(),
                            schedule.untilStart(agreement.startsOn()))))
                    .orElseGet(() -> cannot(isf, "No signed agreement waiting to start was found for it."));
            case ACTIVE -> latest(isf, AgreementStatus.LIVE).filter(agreement -> isf.nextReviewDate() != null)
                    .map(agreement -> before(isf, IsfProcess.LIVE_MERGE, new InPlace(reference,
                            agreement.contractReference(), schedule.untilStart(isf.nextReviewDate()))))
                    .orElseGet(() -> cannot(isf, "It is active but no live agreement or review date was found."));
            default -> cannot(isf, "It was " + isf.status().name().toLowerCase().replace('_', ' ') + ": the answers "
                    + "given so far in that step were held only by the lost process, so it cannot carry on by itself. "
                    + "The fund's records are kept; agree with the person and the provider how to go on.");
        };
    }

    /** Everyone may have signed while the process was gone: then its next step is recording that. */
    private RecordInFlight awaitingSignatures(IndividualServiceFund isf) {
        var waiting = latest(isf, AgreementStatus.AWAITING_SIGNATURES);
        if (waiting.isEmpty()) {
            return before(isf, IsfProcess.PREPARE_AGREEMENT, new FundOnly(isf.reference()));
        }
        String contractReference = waiting.get().contractReference();
        ContractDocumentView document = documentOf(contractReference);
        if (document != null && document.status() == SigningStatus.SIGNED) {
            return before(isf, IsfProcess.RECORD_SIGNING, new SignedMeanwhile(isf.reference(), contractReference,
                    true, contractReference, document.documentSha256()));
        }
        // Preparing finds the agreement waiting, and signing finds the document and the requests already made.
        return before(isf, IsfProcess.PREPARE_AGREEMENT, new FundOnly(isf.reference()));
    }

    private ContractDocumentView documentOf(String contractReference) {
        try {
            return documents.get(contractReference);
        } catch (RuntimeException notGenerated) {
            return null;
        }
    }

    private Optional<IsfAgreement> latest(IndividualServiceFund isf, AgreementStatus status) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT, status);
    }

    private static RecordInFlight before(IndividualServiceFund isf, String element, Object variables) {
        return RecordInFlight.resumeBefore(IsfProcess.PROCESS_ID, SUBJECT, isf.reference(), isf.processInstanceKey(),
                element, variables);
    }

    private static RecordInFlight cannot(IndividualServiceFund isf, String reason) {
        return RecordInFlight.cannotResume(IsfProcess.PROCESS_ID, SUBJECT, isf.reference(), isf.processInstanceKey(),
                isf.status().name(), reason);
    }

    @Override
    @Transactional
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        funds.load(record.reference()).startedAs(newProcessInstanceKey);
    }

    record FundOnly(String isfReference) {
    }

    record ProviderToAnswer(String isfReference, String providerReference) {
    }

    record SignedMeanwhile(String isfReference, String contractReference, boolean contractSigned,
            String contractDocumentId, String contractDocumentSha256) {
    }

    record WaitingToStart(String isfReference, String contractReference, String agreementStartsIn) {
    }

    record InPlace(String isfReference, String contractReference, String reviewInterval) {
    }
}
