package scot.commissioningflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/** The access matrix rows of sign-in and the audit trail, which need no situation set up. */
class IdentityAccessTest extends JourneyTest {

    static Stream<Row> rows() {
        return Stream.concat(AccessMatrix.rows("identity").stream(), AccessMatrix.rows("audit").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, row.path(), null).status())).isNull();
    }
}
