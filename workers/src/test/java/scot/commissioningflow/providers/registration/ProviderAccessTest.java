package scot.commissioningflow.providers.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.OrganisationType;

/**
 * The provider register's rows of the access matrix. The provider persona's organisation and another provider are
 * in the register, recorded as the registration process records them.
 */
class ProviderAccessTest extends JourneyTest {

    @Autowired
    private ProviderRegistrations registrations;

    static Stream<Row> rows() {
        return AccessMatrix.rows("providers").stream();
    }

    @BeforeEach
    void bothProvidersAreInTheRegister() {
        registrations.record(new ProviderRegistrations.RegistrationRequested(AccessMatrix.OWN_PROVIDER,
                "Own Provider Ltd", OrganisationType.PRIVATE, true, "CS2003009001", "own@example.org"), 0L);
        registrations.record(new ProviderRegistrations.RegistrationRequested(AccessMatrix.OTHER_PROVIDER,
                "Other Provider Ltd", OrganisationType.PRIVATE, true, "CS2003009002", "other@example.org"), 0L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{reference}", switch (row.situation()) {
            case "own-organisation" -> AccessMatrix.OWN_PROVIDER;
            case "other-organisation" -> AccessMatrix.OTHER_PROVIDER;
            default -> "-";
        });
        Object body = row.method().name().equals("POST") ? Map.of("name", "Matrix Care", "organisationType",
                "THIRD_SECTOR", "sme", true, "careInspectorateNumber", "CS2003009003", "contactEmail",
                "matrix@example.org") : null;
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, body).status())).isNull();
    }
}
