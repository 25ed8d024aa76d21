package scot.commissioningflow.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.CHECK_CARE_INSPECTORATE;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.PROVIDER_ADMITTED;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.RECORD_DECISION;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.RECORD_REGISTRATION;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.REGISTRATION_DECLINED;
import static scot.commissioningflow.providers.ProviderRegistrationProcess.REVIEW_REGISTRATION;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.testing.OwnEngine;
import scot.commissioningflow.testing.ProcessPaths;

/** Every path of provider-registration.bpmn on the real engine, the workers' work answered by the test. */
@OwnEngine
class ProviderRegistrationPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @Test
    void anAdmittedProviderIsReviewedWithTheCheckAndWhoReviewedIsPassedOn() {
        long registration = start("PRV-PATH-1");
        paths.assertWaitingAt(registration, REVIEW_REGISTRATION);

        paths.completeUserTask(registration, REVIEW_REGISTRATION, Map.of("decision", ProviderRegistrationProcess.ADMIT,
                "decisionNotes", "Registered and graded good.", "completedBy", "officer.moira"));

        paths.awaitCompleted(registration);
        paths.assertPassed(registration, RECORD_REGISTRATION, CHECK_CARE_INSPECTORATE, RECORD_DECISION,
                PROVIDER_ADMITTED);
        paths.assertNotPassed(registration, REGISTRATION_DECLINED);
        assertThat(paths.variable(registration, "reviewedBy", String.class)).isEqualTo("officer.moira");
        assertThat(paths.variable(registration, "inspectionCheck", String.class)).isEqualTo("REGISTERED");
    }

    @Test
    void anyOtherDecisionDeclines() {
        long registration = start("PRV-PATH-2");

        paths.completeUserTask(registration, REVIEW_REGISTRATION, Map.of("decision", "decline",
                "decisionNotes", "No registered service with that number.", "completedBy", "officer.moira"));

        paths.awaitCompleted(registration);
        paths.assertPassed(registration, RECORD_DECISION, REGISTRATION_DECLINED);
        paths.assertNotPassed(registration, PROVIDER_ADMITTED);
    }

    @Test
    void aCareInspectorateCheckThatKeepsFailingStopsBeforeTheReviewWithAnIncident() {
        paths.answer("record-provider-registration", job -> null);
        long registration = paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", "PRV-PATH-3",
                "providerReference", "PRV-PATH-3"));
        paths.failWithIncident(registration, "check-care-inspectorate-registration", "Care Inspectorate unreachable");

        paths.awaitIncident(registration);
        paths.assertNotPassed(registration, REVIEW_REGISTRATION);
    }

    private static long start(String reference) {
        paths.answer("record-provider-registration", job -> null);
        paths.answer("check-care-inspectorate-registration", job -> Map.of("inspectionCheck", "REGISTERED",
                "careInspectorateGrades", Map.of("wellbeing", 5)));
        paths.answer("record-registration-decision", job -> null);
        return paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", reference,
                "providerReference", reference, "providerName", "Strathspey Support"));
    }
}
