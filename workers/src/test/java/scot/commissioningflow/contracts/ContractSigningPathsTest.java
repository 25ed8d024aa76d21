package scot.commissioningflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.contracts.ContractSigningProcess.ALL_PARTIES_SIGNED;
import static scot.commissioningflow.contracts.ContractSigningProcess.ALL_SIGNED_MESSAGE;
import static scot.commissioningflow.contracts.ContractSigningProcess.CONTRACT_NOT_SIGNED;
import static scot.commissioningflow.contracts.ContractSigningProcess.CONTRACT_SIGNED;
import static scot.commissioningflow.contracts.ContractSigningProcess.CONTRACT_SIGNED_AT_DEADLINE;
import static scot.commissioningflow.contracts.ContractSigningProcess.GENERATE_CONTRACT;
import static scot.commissioningflow.contracts.ContractSigningProcess.LAPSE_SIGNING;
import static scot.commissioningflow.contracts.ContractSigningProcess.REMIND_PARTIES;
import static scot.commissioningflow.contracts.ContractSigningProcess.REQUEST_SIGNATURES;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** Every path of contract-signing.bpmn on the real engine, the workers' work answered by the test. */
@OwnEngine
class ContractSigningPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @Test
    void theProcessEndsSignedWhenTheMessageForItsOwnContractArrives() {
        long signing = start("C-PATH-1", 14);

        paths.publishMessage(ALL_SIGNED_MESSAGE, "C-PATH-OTHER", Map.of("contractSigned", true));
        paths.assertWaitingAt(signing, ALL_PARTIES_SIGNED);
        paths.publishMessage(ALL_SIGNED_MESSAGE, "C-PATH-1", Map.of("contractSigned", true));

        paths.awaitCompleted(signing);
        paths.assertPassed(signing, GENERATE_CONTRACT, REQUEST_SIGNATURES, CONTRACT_SIGNED);
        paths.assertNotPassed(signing, CONTRACT_NOT_SIGNED, REMIND_PARTIES);
        assertThat(paths.variable(signing, "contractSigned", Boolean.class)).isTrue();
        assertThat(paths.variable(signing, "contractDocumentSha256", String.class)).isEqualTo("a".repeat(64));
    }

    @Test
    void partiesAreRemindedEveryThreeDaysAndSigningLapsesAtTheRequestsDeadline() {
        long signing = start("C-PATH-2", 7);

        paths.passTime(Duration.ofDays(3).plusMinutes(1));
        paths.complete(signing, "send-signature-reminder", null);
        paths.assertPassed(signing, REMIND_PARTIES);
        paths.assertWaitingAt(signing, ALL_PARTIES_SIGNED);

        paths.answer("send-signature-reminder", job -> null);
        paths.passTime(Duration.ofDays(4));
        paths.complete(signing, "lapse-contract-signing", Map.of("contractSigned", false));

        paths.awaitCompleted(signing);
        paths.assertPassed(signing, LAPSE_SIGNING, CONTRACT_NOT_SIGNED);
        paths.assertNotPassed(signing, CONTRACT_SIGNED);
        assertThat(paths.variable(signing, "contractSigned", Boolean.class)).isFalse();
    }

    @Test
    void aContractSignedInTheMomentTheDeadlinePassedEndsSigned() {
        long signing = start("C-PATH-6", 7);
        paths.answer("send-signature-reminder", job -> null);

        paths.passTime(Duration.ofDays(7).plusMinutes(1));
        paths.complete(signing, "lapse-contract-signing", Map.of("contractSigned", true));

        paths.awaitCompleted(signing);
        paths.assertPassed(signing, LAPSE_SIGNING, CONTRACT_SIGNED_AT_DEADLINE);
        paths.assertNotPassed(signing, CONTRACT_NOT_SIGNED);
        assertThat(paths.variable(signing, "contractSigned", Boolean.class)).isTrue();
    }

    @Test
    void aRequestWithoutADeadlineGetsFourteenDays() {
        long signing = start("C-PATH-3", 0);
        paths.answer("send-signature-reminder", job -> null);

        paths.passTime(Duration.ofDays(13));
        paths.assertWaitingAt(signing, ALL_PARTIES_SIGNED);
        paths.assertNotPassed(signing, LAPSE_SIGNING);

        paths.passTime(Duration.ofDays(1).plusMinutes(1));
        paths.complete(signing, "lapse-contract-signing", Map.of("contractSigned", false));
        paths.awaitCompleted(signing);
        paths.assertPassed(signing, CONTRACT_NOT_SIGNED);
    }

    /** Asked again after a restart, the step answers the time left to the stored deadline, which the timer counts. */
    @Test
    void signingLapsesWhenTheTimeLeftTheAskingStepAnsweredRunsOutNotTheRequestsDays() {
        paths.answer("generate-contract", job -> Map.of("contractDocumentId", "C-PATH-5",
                "contractDocumentSha256", "a".repeat(64)));
        paths.answer("request-signatures", job -> Map.of("signingTimeLeft", "P2D"));
        paths.answer("send-signature-reminder", job -> null);
        long signing = paths.start(ContractSigningProcess.PROCESS_ID, Map.of("businessKey", "C-PATH-5",
                ContractSigningProcess.REQUEST, request("C-PATH-5", 14)));
        paths.assertWaitingAt(signing, ALL_PARTIES_SIGNED);

        paths.passTime(Duration.ofDays(2).plusMinutes(1));
        paths.complete(signing, "lapse-contract-signing", Map.of("contractSigned", false));
        paths.awaitCompleted(signing);
        paths.assertPassed(signing, LAPSE_SIGNING, CONTRACT_NOT_SIGNED);
    }

    @Test
    void aTemplateThatCannotBeFilledStopsTheProcessWithAnIncidentBeforeAnyoneIsAsked() {
        long signing = paths.start(ContractSigningProcess.PROCESS_ID, Map.of("businessKey", "C-PATH-4",
                ContractSigningProcess.REQUEST, request("C-PATH-4", 14)));
        paths.failWithIncident(signing, "generate-contract", "The template needs a field the process did not provide");

        paths.awaitIncident(signing);
        paths.assertWaitingAt(signing, GENERATE_CONTRACT);
        paths.assertNotPassed(signing, REQUEST_SIGNATURES);
    }

    private long start(String reference, int signingDeadlineDays) {
        paths.answer("generate-contract", job -> Map.of("contractDocumentId", reference,
                "contractDocumentSha256", "a".repeat(64)));
        paths.answerSignatureRequests();
        long signing = paths.start(ContractSigningProcess.PROCESS_ID, Map.of("businessKey", reference,
                ContractSigningProcess.REQUEST, request(reference, signingDeadlineDays)));
        // The reminder and deadline timers start when the parties are asked; the clock moves only after that.
        paths.assertWaitingAt(signing, ALL_PARTIES_SIGNED);
        return signing;
    }

    private static ContractRequest request(String reference, int signingDeadlineDays) {
        return new ContractRequest(reference, "contract-variation.docx", Map.of("variationReference", "V-1"),
                List.of(new SignatoryRequest("provider", "Ann Provider", "ann@example.org",
                        Signer.provider("PRV-1"))), signingDeadlineDays);
    }
}
