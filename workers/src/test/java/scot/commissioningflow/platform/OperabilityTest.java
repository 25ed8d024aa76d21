package scot.commissioningflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.JourneyTest;

/**
 * What an operator relies on: health with the engine and the database in it for administrators, UP or DOWN for a
 * load balancer without sign-in, and the API described.
 */
class OperabilityTest extends JourneyTest {

    @Test
    void healthReportsTheEngineAndTheDatabaseToAnAdministrator() {
        JsonNode health = api.as(AccessMatrix.PEOPLE.get("administrator")).get("/actuator/health").expect(200).body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("engine").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("engine").path("details").path("brokers").asInt()).isEqualTo(1);
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void withoutSignInHealthIsOnlyTheStatus() {
        JsonNode health = api.get("/actuator/health").expect(200).body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).as("components shown without sign-in: " + health).isFalse();
        assertThat(health.has("details")).as("details shown without sign-in: " + health).isFalse();
    }

    @Test
    void healthShowsOtherRolesOnlyTheStatus() {
        JsonNode health = api.as(AccessMatrix.PEOPLE.get("commissioner")).get("/actuator/health").expect(200).body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).as("components shown to a commissioner: " + health).isFalse();
    }

    @Test
    void theApiIsDescribedAsOpenApi() {
        JsonNode docs = api.get("/v3/api-docs").expect(200).body();
        assertThat(docs.path("paths").has("/api/providers")).isTrue();
        assertThat(docs.path("paths").has("/api/tasks/{taskKey}/complete")).isTrue();
        assertThat(docs.path("paths").has("/api/contracts/{reference}/signatures")).isTrue();
    }
}
