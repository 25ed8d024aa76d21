package scot.commissioningflow.isf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.isf.choice.Choices;
import scot.commissioningflow.isf.choice.ChosenProvider;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The ISF rows of the access matrix ({@code access/isf.csv}), each run against a fund of its own: opened for
 * supported-person by the social worker of the council the staff personas work for, with the provider persona's
 * organisation chosen. An allowed call passes every access check and is then answered by the fund's own rules (a 400
 * or 409 for a step it is not waiting for is still allowed); never a 500.
 */
class IsfAccessMatrixTest extends JourneyTest {

    @Autowired
    private Choices choices;

    static Stream<Row> rows() {
        return AccessMatrix.rows("isf").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String reference = row.situation().equals("-") ? "ISF-NONE0000" : ownIsf();
        Api.Response answer = AccessMatrix.call(api, row, row.path().replace("{reference}", reference), body(row));
        if (row.situation().equals("not-theirs")) {
            assertThat(answer.status()).as(row + ": answered as a fund that is not there").isEqualTo(404);
            assertThat(answer.body().path("detail").asText()).isEqualTo("There is no individual service fund "
                    + reference + " that you can see.");
            return;
        }
        assertThat(AccessMatrix.complaint(row, answer.status())).isNull();
        if (row.expect() == Expect.ALLOWED) {
            assertThat(answer.status()).as(row + ": " + answer.body()).isLessThan(500);
        }
    }

    @Test
    void eachPersonListsOnlyTheFundsTheyMaySee() {
        String reference = ownIsf();
        assertThat(references("supported-person")).contains(reference);
        assertThat(references("representative")).contains(reference);
        assertThat(references("provider")).contains(reference);
        assertThat(references("social-worker")).contains(reference);
        assertThat(references("commissioner")).contains(reference);
        assertThat(references("other-supported-person")).doesNotContain(reference);
        assertThat(references("other-provider")).doesNotContain(reference);
        assertThat(references("other-council-commissioner")).doesNotContain(reference);
    }

    private List<String> references(String who) {
        return api.as(AccessMatrix.PEOPLE.get(who)).get("/api/isfs").expect(200).body().findValuesAsText("reference");
    }

    /** A fund of supported-person, opened by the council's social worker, with the provider persona chosen. */
    private String ownIsf() {
        Map<String, Object> request = new HashMap<>(IsfDriver.newIsf("Matrix Person", null));
        request.put("personUserId", "supported-person");
        String reference = api.as(AccessMatrix.PEOPLE.get("social-worker")).post("/api/isfs", request).expect(201)
                .body().path("reference").asText();
        choices.recordChoice(new ChosenProvider(reference, AccessMatrix.OWN_PROVIDER, "They listened to me.",
                ChoiceHelper.NOBODY, null, "supported-person"));
        return reference;
    }

    private static Object body(Row row) {
        if (row.method().name().equals("GET")) {
            return null;
        }
        String endpoint = row.path();
        if (endpoint.equals("/api/isfs")) {
            return IsfDriver.newIsf("Matrix Opened", null);
        }
        if (endpoint.equals("/api/isf-policies")) {
            // The date of the version already held: an allowed call is refused as an overlap, changing nothing.
            return Map.of("effectiveFrom", "2020-04-01", "overspendReviewPercent", 10,
                    "underspendReviewPercent", 25, "providerChangeNoticeDays", 28, "reviewIntervalMonths", 12,
                    "signingDeadlineDays", 14, "reason", "Access matrix check");
        }
        return switch (endpoint.substring(endpoint.lastIndexOf('/') + 1)) {
            case "choice", "provider-change" -> Map.of("providerReference", AccessMatrix.OWN_PROVIDER,
                    "inOwnWords", "They listened to me.", "helpedBy", "NOBODY");
            case "provider-answer" -> IsfDriver.fairWorkAnswer(13.45);
            case "statements" -> Map.of("statementId", "MATRIX-1", "periodStart", "2026-01-01", "amountSpent", 1,
                    "hoursDelivered", 1);
            case "needs-changes" -> Map.of("description", "A change in needs, for the access matrix.");
            case "review-decision" -> Map.of("changeBudget", false, "notes", "No change.");
            case "ending" -> Map.of("how", "MOVED_TO_ANOTHER_SDS_OPTION", "movingTo", "Option 1",
                    "reason", "Access matrix check");
            default -> throw new IllegalArgumentException("No body for " + row.endpoint());
        };
    }
}
