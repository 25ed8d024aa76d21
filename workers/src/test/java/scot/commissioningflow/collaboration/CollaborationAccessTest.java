package scot.commissioningflow.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The collaboration rows of the access matrix ({@code access/collaboration.csv}), run against one round opened by the
 * commissioner persona (with panel-member on its panel) and one application to it by the provider persona. An allowed
 * call passes every access check and is then answered by the round's own rules (a 400, 404 or 409 is still
 * allowed); never a 500.
 */
class CollaborationAccessTest extends JourneyTest {

    private static String round;
    private static String application;

    static Stream<Row> rows() {
        return AccessMatrix.rows("collaboration").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String reference = switch (row.situation()) {
            case "own-round" -> ownRound();
            case "own-application", "not-theirs", "undeclared" -> ownApplication();
            default -> "CFX-NONE0000";
        };
        Api.Response answer = AccessMatrix.call(api, row, row.path().replace("{reference}", reference)
                .replace("{number}", "1"), body(row));
        if (row.situation().equals("not-theirs")) {
            assertThat(answer.status()).as(row + ": answered as an application that is not there").isEqualTo(404);
            assertThat(answer.body().path("detail").asText()).isEqualTo("There is no application " + reference
                    + " that you can see.");
            return;
        }
        assertThat(AccessMatrix.complaint(row, answer.status())).as(String.valueOf(answer.body())).isNull();
        if (row.expect() == Expect.ALLOWED) {
            assertThat(answer.status()).as(row + ": " + answer.body()).isLessThan(500);
        }
        if (row.situation().equals("undeclared")) {
            assertThat(answer.body().path("detail").asText()).isEqualTo("Declare whether you have a conflict of"
                    + " interest in " + reference + " before you see or score it.");
        }
    }

    private synchronized String ownRound() {
        if (round == null) {
            Map<String, Object> request = new HashMap<>();
            request.put("title", "Access matrix round");
            request.put("purpose", "Checking who may do what.");
            request.put("funderName", "Demo Health and Social Care Partnership");
            request.put("funderSignatory", "Chris Commissioner");
            request.put("funderEmail", "commissioner@demo.example");
            request.put("budget", 100_000);
            request.put("opensOn", LocalDate.now().toString());
            request.put("closesOn", LocalDate.now().plusDays(30).toString());
            request.put("criteria", List.of(Map.of("name", "Co-production", "weight", 100, "guidance", "Who led.")));
            request.put("eligibility", Map.of("notForProfit", true, "scottishBase", true, "accountsFiled", true));
            request.put("panelMembers", List.of("panel-member"));
            request.put("reportReminderDays", 14);
            request.put("reportGraceDays", 28);
            Api.SignedIn commissioner = api.as(AccessMatrix.PEOPLE.get("commissioner"));
            round = commissioner.post("/api/collaboration/rounds", request).expect(201).body().path("reference")
                    .asText();
            await().atMost(EngineHarness.PATIENCE).until(() -> commissioner.get("/api/collaboration/rounds/" + round)
                    .body().path("status").asText(), "OPEN"::equals);
        }
        return round;
    }

    private synchronized String ownApplication() {
        if (application == null) {
            application = api.as(AccessMatrix.PEOPLE.get("provider")).post("/api/collaboration/rounds/" + ownRound()
                    + "/applications", applicationBody()).expect(201).body().path("reference").asText();
        }
        return application;
    }

    private static Map<String, Object> applicationBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Access matrix application");
        body.put("lead", Map.of("name", "Own Provider", "email", "own@provider.example", "registerKind", "CHARITY",
                "registerNumber", "SC000001", "part", "We lead."));
        body.put("partners", List.of(Map.of("providerReference", "PRV-MATRIX-B", "name", "Matrix Partner", "email",
                "partner@matrix.example", "registerKind", "CHARITY", "registerNumber", "SC000002", "part",
                "We support.")));
        body.put("whoUsesSupport", "People who use support shaped it.");
        body.put("peopleInvolved", List.of(Map.of("who", "SUPPORTED_PEOPLE", "howMany", 3, "how", "Workshops")));
        body.put("outcomes", List.of("People are heard"));
        body.put("budget", List.of(Map.of("line", "Workshops", "partner", AccessMatrix.OWN_PROVIDER, "amount",
                1000)));
        body.put("milestones", List.of(Map.of("name", "Done", "reportDueOn", LocalDate.now().plusDays(90)
                .toString(), "payment", 1000)));
        body.put("fairWorkDeclaration", Declarations.meetingEverything(13.45));
        return body;
    }

    private static Object body(Row row) {
        if (row.method().name().equals("GET")) {
            return null;
        }
        String path = row.path();
        if (path.endsWith("/applications")) {
            return applicationBody();
        }
        return switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "confirmation" -> Map.of("part", "We confirm our part.");
            case "scores" -> Map.of("scores", List.of(Map.of("criterion", "Co-production", "score", 50,
                    "comment", "Fair.")));
            case "moderation" -> Map.of("moderatedScores", List.of(), "awardConditions", "Reports on time.");
            // A well-formed upload, so a caller who may not attach it is refused for who they are; its bytes are not
            // a PDF, so the lead is answered 400 and nothing is kept (the download rows then read a JSON 404).
            case "partnership-agreement" -> Map.of("fileName", "agreement.pdf", "contentType", "application/pdf",
                    "contentBase64", Base64.getEncoder().encodeToString("not really a PDF".getBytes(
                            StandardCharsets.UTF_8)));
            case "report" -> Map.of("progress", "Going well.", "peopleInvolved", List.of(Map.of("who",
                    "SUPPORTED_PEOPLE", "howMany", 1, "how", "Asked")), "spend", List.of());
            // Everything else is sent empty: an allowed caller is answered 400 and nothing changes.
            default -> Map.of();
        };
    }
}
