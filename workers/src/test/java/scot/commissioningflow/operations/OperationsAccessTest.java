package scot.commissioningflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/** The access matrix rows of operations; a retry of an incident that is not open answers 404 to those allowed. */
class OperationsAccessTest extends JourneyTest {

    static Stream<Row> rows() {
        return AccessMatrix.rows("operations").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{key}", "404404");
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, null).status())).isNull();
    }
}
