package scot.commissioningflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.commissioningflow.providers.ProviderRegistrationProcess;

/**
 * The harness itself, on the smallest process the product has: it must follow both branches of a gateway, and it
 * must fail a test that waits for a step the process never reaches (a harness that cannot fail proves nothing).
 */
@OwnEngine
class ProcessPathsTest {

    @RegisterExtension
    static final ProcessPaths paths = new ProcessPaths();

    @Test
    void followsTheBranchTheAnswersChoose() {
        paths.answer("record-provider-registration", job -> null);
        paths.answer("check-care-inspectorate-registration", job -> Map.of("inspectionStatus", "NOT_CHECKED"));
        long admitted = paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", "PRV-A"));
        long declined = paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", "PRV-D"));

        paths.completeUserTask(declined, ProviderRegistrationProcess.REVIEW_REGISTRATION, Map.of("decision",
                "decline"));
        paths.completeUserTask(admitted, ProviderRegistrationProcess.REVIEW_REGISTRATION, Map.of("decision", "admit"));
        paths.answer("record-registration-decision", job -> null);

        paths.awaitCompleted(admitted);
        paths.awaitCompleted(declined);
        paths.assertPassed(admitted, ProviderRegistrationProcess.RECORD_DECISION,
                ProviderRegistrationProcess.PROVIDER_ADMITTED);
        paths.assertNotPassed(admitted, ProviderRegistrationProcess.REGISTRATION_DECLINED);
        paths.assertPassed(declined, ProviderRegistrationProcess.REGISTRATION_DECLINED);
        assertThat(paths.variable(admitted, "decision", String.class)).isEqualTo("admit");
    }

    @Test
    void failsWhenTheProcessNeverReachesTheStep() {
        long registration = paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", "PRV-X"));

        assertThatThrownBy(() -> paths.assertWaitingAt(registration, ProviderRegistrationProcess.REVIEW_REGISTRATION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ProviderRegistrationProcess.RECORD_REGISTRATION);
    }

    @Test
    void anIncidentIsSeenWithItsMessage() {
        long registration = paths.start(ProviderRegistrationProcess.PROCESS_ID, Map.of("businessKey", "PRV-I"));
        paths.failWithIncident(registration, "record-provider-registration", "The register is unreachable");

        paths.awaitIncident(registration);
        assertThat(paths.incidents(registration)).containsExactly("The register is unreachable");
    }
}
