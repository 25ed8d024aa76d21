package scot.commissioningflow.frameworks.brokerage;

import static scot.commissioningflow.frameworks.brokerage.BrokerageProcess.CHOOSE_PROVIDER;
import static scot.commissioningflow.frameworks.brokerage.BrokerageProcess.ESCALATED;
import static scot.commissioningflow.frameworks.brokerage.BrokerageProcess.ESCALATE_UNFILLED;
import static scot.commissioningflow.frameworks.brokerage.BrokerageProcess.OFFERS_CLOSE;
import static scot.commissioningflow.frameworks.brokerage.BrokerageProcess.PACKAGE_PLACED;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.frameworks.brokerage.BrokerageProcess.Placement;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** Every path of care-package-brokerage.bpmn and its placement call activity, the workers answered by the test. */
@OwnEngine
class BrokeragePathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private long start(String reference, int invited) {
        long instance = paths.start(BrokerageProcess.PROCESS_ID, Map.of("businessKey", reference,
                "carePackageReference", reference));
        paths.complete(instance, "invite-eligible-providers", Map.of("invitedCount", invited,
                "offersCloseIn", "PT8H"));
        return instance;
    }

    @Test
    void aPackageNobodyMayBeOfferedGoesStraightToTheCommissioner() {
        long instance = start("CP-PATH-1", 0);
        paths.completeUserTask(instance, ESCALATE_UNFILLED, Map.of("escalationNotes", "Council team"));
        paths.complete(instance, "record-unfilled-care-package", null);
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, ESCALATED);
        paths.assertNotPassed(instance, OFFERS_CLOSE, CHOOSE_PROVIDER);
    }

    @Test
    void offersCloseOnlyWhenTheWindowHasPassedAndNoOffersEscalate() {
        long instance = start("CP-PATH-2", 3);
        paths.passTime(Duration.ofHours(7));
        paths.assertWaitingAt(instance, OFFERS_CLOSE);
        paths.passTime(Duration.ofHours(1).plusMinutes(1));
        paths.complete(instance, "close-and-rank-offers", Map.of("offerCount", 0));
        paths.completeUserTask(instance, ESCALATE_UNFILLED, Map.of("escalationNotes", "Re-post with wider area"));
        paths.complete(instance, "record-unfilled-care-package", null);
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, OFFERS_CLOSE, ESCALATED);
        paths.assertNotPassed(instance, CHOOSE_PROVIDER, PACKAGE_PLACED);
    }

    @Test
    void anAwardedPackageTellsTheOthersAndIsPlacedOnceAllThreeSign() {
        long instance = awarded("CP-PATH-3");
        paths.publishMessage(ContractSigningProcess.ALL_SIGNED_MESSAGE, "CP-PATH-3-IPA",
                Map.of("contractSigned", true));
        paths.complete(instance, "register-placement", Map.of("placementAgreement", "CP-PATH-3-IPA"));
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, BrokerageProcess.TELL_OTHERS, Placement.REGISTER_PLACEMENT, PACKAGE_PLACED);
        paths.assertNotPassed(instance, Placement.PLACEMENT_NOT_SIGNED, ESCALATED);
    }

    @Test
    void aPlacementNotSignedInTimeIsRecordedAsSuch() {
        long instance = awarded("CP-PATH-4");
        paths.answer("send-signature-reminder", job -> null);
        paths.passTime(Duration.ofDays(14).plusMinutes(1));
        paths.complete(instance, "lapse-contract-signing", Map.of("contractSigned", false));
        paths.complete(instance, "record-placement-not-signed", null);
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, Placement.PLACEMENT_NOT_SIGNED);
        paths.assertNotPassed(instance, Placement.REGISTER_PLACEMENT);
    }

    private long awarded(String reference) {
        long instance = start(reference, 2);
        paths.passTime(Duration.ofHours(8).plusMinutes(1));
        paths.complete(instance, "close-and-rank-offers", Map.of("offerCount", 2));
        paths.completeUserTask(instance, CHOOSE_PROVIDER, Map.of("awardedProviderReference", "PRV-1"));
        paths.complete(instance, "tell-other-providers", null);
        paths.answer("generate-contract", job -> Map.of("contractDocumentId", reference + "-IPA",
                "contractDocumentSha256", "a".repeat(64)));
        paths.answerSignatureRequests();
        paths.complete(instance, "prepare-placement-agreement", Map.of("contractRequest",
                new ContractRequest(reference + "-IPA", "individual-placement-agreement.docx", Map.of(),
                        List.of(new SignatoryRequest("provider", "P", "p@example.org", Signer.provider("PRV-1"))),
                        14)));
        paths.assertWaitingAt(instance, ContractSigningProcess.ALL_PARTIES_SIGNED);
        return instance;
    }
}
