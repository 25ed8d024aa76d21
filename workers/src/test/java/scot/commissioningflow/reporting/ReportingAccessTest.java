package scot.commissioningflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The reporting rows of the access matrix. Allowed requests ask for what changes nothing (an empty request, refused as
 * incomplete; an ocid that is not published), except reading one report, asked for once for the commissioner's own
 * council.
 */
class ReportingAccessTest extends JourneyTest {

    private static String ownCouncilReport;

    static Stream<Row> rows() {
        return AccessMatrix.rows("reporting").stream();
    }

    @BeforeEach
    void aReportForTheOwnCouncil() {
        if (ownCouncilReport == null) {
            ownCouncilReport = api.as("analyst.ailsa", "NATIONAL-PROGRAMME", Role.PROGRAMME_ANALYST)
                    .post("/api/reports/flexibility", Map.of("period", "2026-27-Q1", "area",
                            AccessMatrix.OWN_COUNCIL)).expect(202).body().path("reportKey").asText();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path().replace("{reportKey}", ownCouncilReport).replace("{ocid}", "ocds-none-tender-X");
        Object body = row.method().name().equals("POST") ? Map.of() : null;
        int status;
        try {
            status = AccessMatrix.call(api, row, path, body).status();
        } catch (java.io.UncheckedIOException workbookNotJson) {
            // The test client reads every answer as JSON; a ready workbook is an Excel file, so it was served.
            assertThat(row.path()).endsWith("/workbook");
            status = 200;
        }
        if (row.path().endsWith("/workbook") && status == 409) {
            // Still being written: reached, and refused only because it is not ready.
            status = 200;
        }
        assertThat(AccessMatrix.complaint(row, status)).isNull();
    }
}
