package scot.commissioningflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import scot.commissioningflow.providers.ProviderRegistrationProcess;

class ProcessModelsTest {

    @Test
    void aMalformedProcessModelStopsStartUpNamingTheFile() {
        assertThatThrownBy(() -> new ProcessModels("classpath*:/malformed-processes/*.bpmn"))
                .hasMessageStartingWith("The process model cut-short.bpmn is not valid BPMN, so nothing was deployed:");
    }

    @Test
    void userTasksAreKnownByNameAndFormFromTheDeployedModels() throws Exception {
        var review = new ProcessModels().userTask(ProviderRegistrationProcess.PROCESS_ID,
                ProviderRegistrationProcess.REVIEW_REGISTRATION).orElseThrow();
        assertThat(review.name()).isEqualTo("Review provider registration");
        assertThat(review.formId()).isEqualTo("provider-registration-review");
    }
}
