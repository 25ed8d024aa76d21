package scot.commissioningflow.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The reference data's rows of the access matrix; the situation names the dataset. Who may change a dataset is
 * decided before its body is read, so the rows send what changes nothing when allowed: an empty period (refused as
 * incomplete) or the end of a figure that does not exist.
 */
class ReferenceDataAccessTest extends JourneyTest {

    static Stream<Row> rows() {
        return AccessMatrix.rows("reference-data").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{dataset}", row.situation()).replace("{id}", "999999999");
        Object body = !row.method().name().equals("POST") ? null
                : path.endsWith("/end") ? Map.of("effectiveTo", "2099-12-31", "reason", "Access matrix")
                : Map.of();
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, body).status())).isNull();
    }
}
