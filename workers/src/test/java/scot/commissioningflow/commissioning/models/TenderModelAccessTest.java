package scot.commissioningflow.commissioning.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/** The tender models' rows of the access matrix ({@code access/tender-models.csv}). */
class TenderModelAccessTest extends JourneyTest {

    @Value("${local.server.port}")
    int port;

    static Stream<Row> rows() {
        return AccessMatrix.rows("tender-models").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{processId}", "agreed-outcomes-tender");
        Object body = row.method().name().equals("POST") ? Map.of() : null;
        assertThat(AccessMatrix.complaint(row, AccessMatrix.status(api, port, row, path, body))).isNull();
    }
}
