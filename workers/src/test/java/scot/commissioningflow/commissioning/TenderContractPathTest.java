package scot.commissioningflow.commissioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.commissioning.TenderProcess.Contract;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** tender-contract: the contract is signed and registered, or lapses unsigned (through contract-signing). */
@OwnEngine
class TenderContractPathTest {

    private static final String PROCESS = Contract.PROCESS_ID;

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @BeforeEach
    void stepsThePathsPassThrough() {
        paths.answer("generate-contract", job -> Map.of("contractDocumentId", "DOC-1",
                "contractDocumentSha256", "abc"));
        paths.answerSignatureRequests();
        paths.answer("send-signature-reminder", job -> null);
        paths.answer("register-live-contract", job -> Map.of("registeredContract", "TND-C1-C1"));
        paths.answer("record-contract-not-signed", job -> null);
    }

    @Test
    void aContractSignedByBothGoesLive() {
        long contract = paths.start(PROCESS, tender("TND-C1"));
        paths.complete(contract, "prepare-outcome-based-contract", prepared("TND-C1-C1"));
        paths.assertWaitingAt(contract, ContractSigningProcess.ALL_PARTIES_SIGNED);

        paths.publishMessage(ContractSigningProcess.ALL_SIGNED_MESSAGE, "TND-C1-C1", Map.of("contractSigned", true));
        paths.awaitCompleted(contract);
        paths.assertPassed(contract, Contract.SIGN_CONTRACT, Contract.SIGNED, Contract.REGISTER_CONTRACT,
                Contract.CONTRACT_LIVE);
        paths.assertNotPassed(contract, Contract.RECORD_NOT_SIGNED);
    }

    @Test
    void aContractNotSignedBeforeTheDeadlineIsRecordedAsSuch() {
        paths.answer("lapse-contract-signing", job -> Map.of("contractSigned", false));
        long contract = paths.start(PROCESS, tender("TND-C2"));
        paths.complete(contract, "prepare-outcome-based-contract", prepared("TND-C2-C1"));
        paths.assertWaitingAt(contract, ContractSigningProcess.ALL_PARTIES_SIGNED);

        paths.passTime(Duration.ofDays(15));
        paths.awaitCompleted(contract);
        paths.assertPassed(contract, Contract.RECORD_NOT_SIGNED, Contract.CONTRACT_NOT_SIGNED);
        paths.assertNotPassed(contract, Contract.REGISTER_CONTRACT);
    }

    private static Map<String, Object> tender(String reference) {
        return Map.of("businessKey", reference, "tenderReference", reference);
    }

    /** What prepare-outcome-based-contract leaves: the reference and one contract request for contract-signing. */
    private static Map<String, Object> prepared(String contractReference) {
        return Map.of("contractReference", contractReference, "contractRequest", Map.of(
                "contractReference", contractReference, "template", "outcome-based-contract.docx",
                "fields", Map.of("providerName", "Spey Support"), "signatories", List.of(),
                "signingDeadlineDays", 14));
    }
}
