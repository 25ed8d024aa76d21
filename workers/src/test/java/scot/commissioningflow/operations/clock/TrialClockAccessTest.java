package scot.commissioningflow.operations.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/** A trial's time in the access matrix ({@code access/trial.csv}); no row moves time, its bodies being empty. */
class TrialClockAccessTest extends JourneyTest {

    @Value("${local.server.port}")
    int port;

    static Stream<Row> rows() {
        return AccessMatrix.rows("trial").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        Object body = row.method().name().equals("POST") ? Map.of() : null;
        assertThat(AccessMatrix.complaint(row, AccessMatrix.status(api, port, row, row.path(), body))).isNull();
    }
}
