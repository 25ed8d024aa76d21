package scot.commissioningflow.providers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/** The Care Inspectorate data's rows of the access matrix. */
class CareServiceAccessTest extends JourneyTest {

    static Stream<Row> rows() {
        return AccessMatrix.rows("care-services").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{serviceNumber}", "CS2099000001");
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, null).status())).isNull();
    }
}
