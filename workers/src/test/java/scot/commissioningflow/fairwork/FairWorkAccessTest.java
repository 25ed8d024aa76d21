package scot.commissioningflow.fairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The fair work rows of the access matrix. Allowed rows ask what changes nothing (an empty request, refused as
 * incomplete; a check or review that does not exist), so no process is started.
 */
class FairWorkAccessTest extends JourneyTest {

    static Stream<Row> rows() {
        return AccessMatrix.rows("fair-work").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{checkKey}", "NO-SUCH-CHECK").replace("{reviewKey}", "NO-SUCH-REVIEW")
                .replace("{workType}", WorkType.DIRECT_CARE.name())
                .replace("{rateKind}", RateKind.ADULT_SOCIAL_CARE_MINIMUM.name());
        Object body = row.method().name().equals("POST") ? Map.of() : null;
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, body).status())).isNull();
    }
}
