package scot.commissioningflow.frameworks.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.frameworks.calloff.CallOffProcess.Contract;
import scot.commissioningflow.frameworks.calloff.CallOffProcess.MiniCompetition;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * Every path of call-off.bpmn and its call activities on the real engine, with procurement-route.dmn deciding the
 * route and the workers answered by the test: no path ever reaches a contract notice or a standstill.
 */
@OwnEngine
class CallOffPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private long start(String reference, String method, String valueExVat) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("businessKey", reference);
        variables.put("callOffReference", reference);
        variables.put("purchasingMechanism", "FRAMEWORK");
        variables.put("callOffMethod", method);
        variables.put("serviceType", "SOCIAL_CARE");
        variables.put("continuityDecision", "NEW_SERVICE");
        variables.put("estimatedValueExVat", Double.parseDouble(valueExVat));
        variables.put("estimatedValueIncVat", Double.parseDouble(valueExVat) * 1.2);
        variables.put("routeDecidedOn", LocalDate.now().toString());
        variables.put("contractStartDate", LocalDate.now().plusMonths(1).toString());
        paths.answer("look-up-procurement-thresholds", job -> Map.of("regulatedThreshold", 50000,
                "lightTouchThreshold", 663540, "gpaThreshold", 214904));
        return paths.start(CallOffProcess.PROCESS_ID, variables);
    }

    /** The route the decision table gave, as the route worker receives it, answered as the worker would. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> route(long instance, boolean awardNoticeRequired) {
        ActivatedJob job = paths.awaitJob(instance, "record-call-off-route");
        Map<String, Object> procurement = (Map<String, Object>) job.getVariablesAsMap().get("procurement");
        paths.complete(instance, "record-call-off-route", Map.of("awardNoticeRequired", awardNoticeRequired));
        return procurement;
    }

    private void contractSigned(long instance, String reference) {
        paths.answer("generate-contract", job -> Map.of("contractDocumentId", reference + "-C1",
                "contractDocumentSha256", "a".repeat(64)));
        paths.answerSignatureRequests();
        paths.complete(instance, "prepare-call-off-contract", Map.of("contractRequest",
                new ContractRequest(reference + "-C1", "outcome-based-contract.docx", Map.of(),
                        List.of(new SignatoryRequest("provider", "P", "p@example.org", Signer.provider("PRV-1"))),
                        14)));
        paths.assertWaitingAt(instance, ContractSigningProcess.ALL_PARTIES_SIGNED);
        paths.publishMessage(ContractSigningProcess.ALL_SIGNED_MESSAGE, reference + "-C1",
                Map.of("contractSigned", true));
        paths.complete(instance, "register-call-off-contract", Map.of("callOffContract", reference + "-C1"));
    }

    @Test
    void aDirectAwardUnderTheRegulatedThresholdHasNoNoticeAtAll() {
        long instance = start("CO-PATH-1", "WITHOUT_REOPENING_COMPETITION", "40000");
        assertThat(route(instance, false)).containsEntry("route", "FRAMEWORK_DIRECT_AWARD")
                .containsEntry("noticeDuty", "NONE").containsEntry("standstill", "NONE");
        paths.complete(instance, "award-call-off-directly", Map.of("callOffAwarded", true));
        contractSigned(instance, "CO-PATH-1");
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, CallOffProcess.SELECT_PROVIDER, Contract.CONTRACT_LIVE, CallOffProcess.CALLED_OFF);
        paths.assertNotPassed(instance, CallOffProcess.PUBLISH_AWARD_NOTICE, CallOffProcess.MINI_COMPETITION);
    }

    @Test
    void aDirectAwardToAChosenProviderNoLongerEligibleEndsNotAwarded() {
        long instance = start("CO-PATH-2", "WITHOUT_REOPENING_COMPETITION", "80000");
        assertThat(route(instance, true)).containsEntry("noticeDuty", "AWARD_NOTICE");
        paths.complete(instance, "award-call-off-directly", Map.of("callOffAwarded", false));
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, CallOffProcess.NOT_AWARDED);
        paths.assertNotPassed(instance, CallOffProcess.PUBLISH_AWARD_NOTICE, CallOffProcess.CONTRACT);
    }

    @Test
    void aMiniCompetitionChecksFairWorkAndPublishesOnlyTheAwardNotice() {
        long instance = start("CO-PATH-3", "WITH_REOPENING_COMPETITION", "120000");
        assertThat(route(instance, true)).containsEntry("route", "FRAMEWORK_MINI_COMPETITION")
                .containsEntry("noticeDuty", "AWARD_NOTICE").containsEntry("standstill", "NONE");
        paths.complete(instance, "invite-call-off-members", Map.of("responsesCloseIn", "P5D"));
        paths.passTime(Duration.ofDays(4));
        paths.assertWaitingAt(instance, MiniCompetition.RESPONSES_CLOSE);
        paths.passTime(Duration.ofDays(1).plusMinutes(1));
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "Met",
                "fairWorkResults", List.of()));
        paths.answer("record-call-off-fair-work", job -> null);
        paths.complete(instance, "close-call-off-responses", Map.of("responseCount", 2, "responses", List.of(
                Map.of("responseId", 1, "providerReference", "PRV-1", "fairWorkCheckKey", "CO-PATH-3/PRV-1"),
                Map.of("responseId", 2, "providerReference", "PRV-2", "fairWorkCheckKey", "CO-PATH-3/PRV-2"))));
        paths.complete(instance, "shortlist-call-off-responses", Map.of("evaluableCount", 2));
        paths.completeUserTask(instance, MiniCompetition.DECIDE_AWARD, Map.of("callOffAwarded", true));
        paths.complete(instance, "fix-call-off-award-notice-due", awardNoticeDue(LocalDate.now().plusDays(30)));
        paths.complete(instance, "publish-call-off-award-notice", null);
        contractSigned(instance, "CO-PATH-3");
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, MiniCompetition.CHECK_FAIR_WORK, MiniCompetition.AWARD_DECIDED,
                CallOffProcess.PUBLISH_AWARD_NOTICE, CallOffProcess.CALLED_OFF);
        assertThat(paths.completedElements(instance)).noneMatch(e -> e.contains("Standstill")
                || e.contains("ContractNotice"));
    }

    @Test
    void aMiniCompetitionWhereNoResponseMeetsFairWorkEndsNotAwardedAndTellsTheCommissioner() {
        long instance = start("CO-PATH-5", "WITH_REOPENING_COMPETITION", "120000");
        route(instance, true);
        paths.complete(instance, "invite-call-off-members", Map.of("responsesCloseIn", "P5D"));
        paths.passTime(Duration.ofDays(5).plusMinutes(1));
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "NOT_MET", "fairWorkSummary", "Below the"
                + " real Living Wage", "fairWorkResults", List.of()));
        paths.answer("record-call-off-fair-work", job -> null);
        paths.complete(instance, "close-call-off-responses", Map.of("responseCount", 2, "responses", List.of(
                Map.of("responseId", 1, "providerReference", "PRV-1", "fairWorkCheckKey", "CO-PATH-5/PRV-1"),
                Map.of("responseId", 2, "providerReference", "PRV-2", "fairWorkCheckKey", "CO-PATH-5/PRV-2"))));
        paths.complete(instance, "shortlist-call-off-responses", Map.of("evaluableCount", 0));
        paths.complete(instance, "record-no-fair-call-off-responses", Map.of("callOffAwarded", false));
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, MiniCompetition.CHECK_FAIR_WORK, MiniCompetition.NO_FAIR_RESPONSES,
                CallOffProcess.NOT_AWARDED);
        paths.assertNotPassed(instance, MiniCompetition.DECIDE_AWARD, CallOffProcess.PUBLISH_AWARD_NOTICE,
                CallOffProcess.CONTRACT);
    }

    private static Map<String, Object> awardNoticeDue(LocalDate dueOn) {
        return Map.of("awardNoticeDueOn", dueOn.toString(), "title", "Home support", "commissionerName", "Moira",
                "commissionerEmail", "moira@council.example", "awardedProvider", "Spey Support");
    }

    @Test
    void aMiniCompetitionNobodyAnswersIsNotAwarded() {
        long instance = start("CO-PATH-4", "WITH_REOPENING_COMPETITION", "30000");
        route(instance, false);
        paths.complete(instance, "invite-call-off-members", Map.of("responsesCloseIn", "P5D"));
        paths.passTime(Duration.ofDays(5).plusMinutes(1));
        paths.complete(instance, "close-call-off-responses", Map.of("responseCount", 0, "responses", List.of()));
        paths.complete(instance, "record-no-call-off-responses", Map.of("callOffAwarded", false));
        paths.awaitCompleted(instance);
        paths.assertPassed(instance, MiniCompetition.NO_RESPONSES, CallOffProcess.NOT_AWARDED);
        paths.assertNotPassed(instance, MiniCompetition.DECIDE_AWARD, CallOffProcess.CONTRACT);
    }
}
