package scot.commissioningflow.isf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/**
 * Every path of processes/isf/option2-individual-service-fund.bpmn on the real engine, with its real call activities
 * (fair-work check, contract signing) and the workers' answers given here: no application, no database.
 */
@OwnEngine
class IsfProcessPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    private static final String ISF = "ISF-PATHS01";
    private static final String AGREEMENT = ISF + "-A1";
    private static final String CONTRACT_SIGNED = ContractSigningProcess.ALL_SIGNED_MESSAGE;

    @BeforeEach
    void stepsEveryPathPassesThrough() {
        paths.answer("record-isf-choice", job -> null);
        paths.answer("record-isf-provider-unavailable", job -> null);
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "MET", "fairWorkSummary", "Met."));
        paths.answer("generate-contract", job -> null);
        paths.answerSignatureRequests();
        paths.answer("send-signature-reminder", job -> null);
        paths.answer("record-isf-signing-outcome", job -> null);
        paths.answer("activate-isf-agreement", job -> Map.of("reviewInterval", "P12M"));
        paths.answer("open-isf-review", job -> Map.of("reviewWhy", "Spending was running above the budget."));
        paths.answer("apply-isf-variation", job -> null);
        paths.answer("give-isf-provider-notice", job -> null);
        paths.answer("close-isf", job -> null);
    }

    @Test
    void theChosenProviderAcceptsMeetsFairWorkSignsAndTheFundIsInPlaceUntilThePersonMovesOn() {
        long isf = inPlace();
        paths.assertPassed(isf, IsfProcess.RECORD_CHOICE, IsfProcess.SAVE_CHOICE, IsfProcess.PROVIDER_ACCEPTANCE,
                IsfProcess.RECORD_ACCEPTANCE, IsfProcess.FAIR_WORK_CHECK, IsfProcess.PREPARE_AGREEMENT,
                IsfProcess.SIGN_AGREEMENT, IsfProcess.RECORD_SIGNING, IsfProcess.AGREEMENT_SIGNED,
                IsfProcess.AGREEMENT_STARTS, IsfProcess.ACTIVATE_AGREEMENT);
        paths.assertNotPassed(isf, IsfProcess.PROVIDER_UNAVAILABLE);
        assertThat(paths.variable(isf, "contractSigned", Boolean.class)).isTrue();

        paths.publishMessage(IsfProcess.ENDING, ISF, Map.of("endedHow", "MOVED_TO_ANOTHER_COUNCIL",
                "movingTo", "Highland Council", "endingReason", "Moving to Inverness."));
        paths.awaitCompleted(isf);
        paths.assertPassed(isf, IsfProcess.ENDING_EVENT, IsfProcess.CLOSE_ISF, IsfProcess.ISF_CLOSED);
    }

    @Test
    void aProviderWhoDeclinesSendsThePersonBackToChooseWithoutAFairWorkCheck() {
        long isf = paths.start(IsfProcess.PROCESS_ID, Map.of("isfReference", ISF));
        choose(isf);
        paths.completeUserTask(isf, IsfProcess.PROVIDER_ACCEPTANCE, Map.of("providerDecision", "decline",
                "acceptanceNotes", "No staff free until spring."));
        paths.complete(isf, "record-isf-provider-answer", Map.of("providerAccepted", false));

        paths.assertPassed(isf, IsfProcess.PROVIDER_UNAVAILABLE);
        paths.assertNotPassed(isf, IsfProcess.FAIR_WORK_CHECK, IsfProcess.PREPARE_AGREEMENT);
        paths.assertWaitingAt(isf, IsfProcess.RECORD_CHOICE);
    }

    @Test
    void aProviderThatDoesNotMeetFairWorkSendsThePersonBackToChoose() {
        paths.answer("check-fair-work", job -> Map.of("fairWorkOutcome", "NOT_MET", "fairWorkSummary", "Low pay."));
        long isf = paths.start(IsfProcess.PROCESS_ID, Map.of("isfReference", ISF));
        choose(isf);
        accept(isf);

        paths.assertPassed(isf, IsfProcess.FAIR_WORK_CHECK, IsfProcess.PROVIDER_UNAVAILABLE);
        paths.assertNotPassed(isf, IsfProcess.PREPARE_AGREEMENT);
        paths.assertWaitingAt(isf, IsfProcess.RECORD_CHOICE);
    }

    @Test
    void anAgreementNotSignedBeforeTheDeadlineSendsThePersonBackToChoose() {
        paths.answer("lapse-contract-signing", job -> Map.of("contractSigned", false));
        long isf = paths.start(IsfProcess.PROCESS_ID, Map.of("isfReference", ISF));
        choose(isf);
        accept(isf);
        paths.complete(isf, "prepare-isf-agreement", prepared(AGREEMENT));
        paths.settle();

        paths.passTime(Duration.ofDays(15));

        paths.assertPassed(isf, IsfProcess.SIGN_AGREEMENT, IsfProcess.AGREEMENT_SIGNED);
        paths.assertNotPassed(isf, IsfProcess.ACTIVATE_AGREEMENT);
        paths.assertWaitingAt(isf, IsfProcess.RECORD_CHOICE);
    }

    @Test
    void aReviewThatChangesTheBudgetIsSignedAsAVariationAndTheFundIsBackInPlace() {
        long isf = inPlace();
        reviewChangesTheBudget(isf, "OVERSPEND", 14400);
        paths.publishMessage(CONTRACT_SIGNED, AGREEMENT + "-V1", Map.of("contractSigned", true));

        paths.assertPassed(isf, IsfProcess.REVIEW_NEEDED_EVENT, IsfProcess.OPEN_REVIEW, IsfProcess.RECORD_REVIEW,
                IsfProcess.PREPARE_VARIATION, IsfProcess.SIGN_VARIATION, IsfProcess.RECORD_VARIATION_SIGNING,
                IsfProcess.APPLY_VARIATION);
        assertWaitingWhileInPlace(isf);
    }

    @Test
    void aReviewThatKeepsTheBudgetGoesStraightBackToTheFundInPlace() {
        long isf = inPlace();
        paths.publishMessage(IsfProcess.REVIEW_NEEDED, ISF, Map.of("reviewReason", "NEEDS_CHANGED",
                "reviewDetail", "Had a fall.", "reviewRaisedBy", "pat.provider"));
        paths.completeUserTask(isf, IsfProcess.REVIEW_ISF, Map.of("reviewOutcome", "KEEP_BUDGET",
                "reviewNotes", "No change needed."));
        paths.complete(isf, "record-isf-review", Map.of("budgetChanged", false, "reviewInterval", "P12M"));

        paths.assertPassed(isf, IsfProcess.RECORD_REVIEW);
        paths.assertNotPassed(isf, IsfProcess.PREPARE_VARIATION);
        assertWaitingWhileInPlace(isf);
    }

    @Test
    void aVariationNotSignedInTimeLeavesTheBudgetAsItWas() {
        paths.answer("lapse-contract-signing", job -> Map.of("contractSigned", false));
        long isf = inPlace();
        reviewChangesTheBudget(isf, "UNDERSPEND", 9000);

        paths.passTime(Duration.ofDays(15));

        paths.assertPassed(isf, IsfProcess.SIGN_VARIATION, IsfProcess.RECORD_VARIATION_SIGNING);
        paths.assertNotPassed(isf, IsfProcess.APPLY_VARIATION);
        assertWaitingWhileInPlace(isf);
    }

    @Test
    void theScheduledReviewOpensWhenItsIntervalHasPassed() {
        long isf = inPlace();
        paths.passTime(Duration.ofDays(300));
        paths.assertNotPassed(isf, IsfProcess.ANNUAL_REVIEW_DUE);

        paths.passTime(Duration.ofDays(70));

        paths.assertPassed(isf, IsfProcess.ANNUAL_REVIEW_DUE, IsfProcess.OPEN_REVIEW);
        paths.assertWaitingAt(isf, IsfProcess.REVIEW_ISF);
        assertThat(paths.variable(isf, "reviewReason", String.class)).isEqualTo("ANNUAL");
    }

    @Test
    void aChangeOfProviderGivesNoticeAndAsksTheNewProviderToAnswer() {
        long isf = inPlace();
        paths.publishMessage(IsfProcess.PROVIDER_CHANGE_REQUESTED, ISF, Map.of("providerReference", "PRV-NEXT",
                "choiceInOwnWords", "They speak Doric like me.", "choiceHelpedBy", "CARER",
                "choiceHelperName", "Jean", "choiceRecordedBy", "elspeth.cowie"));

        paths.assertPassed(isf, IsfProcess.PROVIDER_CHANGE_EVENT, IsfProcess.GIVE_NOTICE);
        paths.assertWaitingAt(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        assertThat(paths.completedElements(isf).stream().filter(IsfProcess.RECORD_CHOICE::equals)).hasSize(1);
    }

    /** Opens a fund and takes it through choice, acceptance and signing to the fund in place. */
    private long inPlace() {
        long isf = paths.start(IsfProcess.PROCESS_ID, Map.of("isfReference", ISF));
        choose(isf);
        accept(isf);
        paths.complete(isf, "prepare-isf-agreement", prepared(AGREEMENT));
        paths.settle();
        paths.publishMessage(CONTRACT_SIGNED, AGREEMENT, Map.of("contractSigned", true));
        paths.awaitPassed(isf, IsfProcess.ACTIVATE_AGREEMENT);
        assertWaitingWhileInPlace(isf);
        return isf;
    }

    /** A review asked for by the ledger decides on a new budget, and its variation goes out for signing. */
    private static void reviewChangesTheBudget(long isf, String reason, int newAnnualBudget) {
        paths.publishMessage(IsfProcess.REVIEW_NEEDED, ISF, Map.of("reviewReason", reason,
                "reviewDetail", "Spend is far from the budget.", "reviewRaisedBy", "ledger"));
        paths.completeUserTask(isf, IsfProcess.REVIEW_ISF, Map.of("reviewOutcome", "CHANGE_BUDGET",
                "newAnnualBudget", newAnnualBudget, "reviewNotes", "The hours the person needs have changed."));
        paths.complete(isf, "record-isf-review", Map.of("budgetChanged", true, "reviewInterval", "P12M"));
        paths.complete(isf, "prepare-isf-variation", Map.of("contractReference", AGREEMENT + "-V1",
                "contractRequest", request(AGREEMENT + "-V1")));
        paths.settle();
    }

    private static void choose(long isf) {
        paths.completeUserTask(isf, IsfProcess.RECORD_CHOICE, Map.of("providerReference", "PRV-FIRST",
                "choiceInOwnWords", "They listened to me.", "choiceHelpedBy", "NOBODY", "choiceHelperName", ""));
    }

    private static void accept(long isf) {
        paths.completeUserTask(isf, IsfProcess.PROVIDER_ACCEPTANCE, Map.of("providerDecision", "accept",
                "acceptanceNotes", "We can start."));
        paths.complete(isf, "record-isf-provider-answer", Map.of("providerAccepted", true,
                "fairWorkCheckKey", ISF + "-PRV-FIRST-1", "fairWorkContext", "ISF", "contractStartDate", "2026-04-01",
                "fairWorkDeclaration", Map.of("hourlyPayByRole", Map.of("support worker", 13.45))));
    }

    private static Map<String, Object> prepared(String contractReference) {
        return Map.of("contractReference", contractReference, "contractRequest", request(contractReference),
                "agreementStartsIn", "P0D");
    }

    private static Map<String, Object> request(String contractReference) {
        Map<String, Object> request = new HashMap<>();
        request.put("contractReference", contractReference);
        request.put("template", "option2-isf-agreement.docx");
        request.put("fields", Map.of("personName", "Morag Grant"));
        request.put("signatories", List.of(Map.of("role", "provider", "name", "Pat", "email", "pat@example.org")));
        request.put("signingDeadlineDays", 14);
        return request;
    }

    /** The event-based gateway waits for whichever comes first: a review, the timer, a change, an ending. */
    private static void assertWaitingWhileInPlace(long isf) {
        paths.assertWaitingAt(isf, IsfProcess.WHILE_IN_PLACE);
    }
}
