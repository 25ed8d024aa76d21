package scot.commissioningflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.reporting.opendata.OcdsSchemas;
import scot.commissioningflow.reporting.opendata.OpenDataSettings;

/**
 * The flexibility report and the open data on the real engine and database: every feature's measures reach the
 * workbook, which is kept for those entitled to it; a tender is published as OCDS that the official schemas accept.
 */
class FlexibilityReportJourneyTest extends JourneyTest {

    private static final String COUNCIL = "REPORT-HSCP";
    private final List<Long> started = new ArrayList<>();

    @Autowired
    private OpenDataSettings openData;

    @LocalServerPort
    private int port;

    @AfterEach
    void cancelLeftovers() {
        started.forEach(engine::cancelIfRunning);
    }

    private Api.SignedIn analyst() {
        return api.as("analyst.ailsa", "NATIONAL-PROGRAMME", Role.PROGRAMME_ANALYST);
    }

    private Api.SignedIn commissioner(String council) {
        return api.as("commissioner.morag", council, Role.COMMISSIONER);
    }

    private JsonNode awaitReady(Api.SignedIn reader, String reportKey) {
        return await().atMost(EngineHarness.PATIENCE.multipliedBy(2)).until(
                () -> reader.get("/api/reports/flexibility/" + reportKey).expect(200).body(),
                report -> report.path("status").asText().equals("READY"));
    }

    @Test
    void anAnalystsReportForScotlandCarriesEveryFeaturesMeasuresAndIsKeptForDownload() throws Exception {
        JsonNode asked = analyst().post("/api/reports/flexibility", Map.of("period", "2026-27")).expect(202).body();
        assertThat(asked.path("status").asText()).isIn("REQUESTED", "WRITING", "READY");
        JsonNode ready = awaitReady(analyst(), asked.path("reportKey").asText());
        assertThat(ready.path("rowsDone").asLong()).isEqualTo(ready.path("rowsExpected").asLong()).isPositive();
        assertThat(ready.path("area").isNull()).isTrue();

        byte[] file = analyst().download(ready.path("download").asText());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheet("Contracts")).isNotNull();
            List<String> measureIds = new ArrayList<>();
            for (Row row : book.getSheet("Definitions")) {
                measureIds.add(row.getCell(0).getStringCellValue());
            }
            assertThat(measureIds).contains("commissioning.route.light-touch.count",
                    "commissioning.need-to-live-contract.days", "commissioning.involvement.need.supported-people",
                    "contracts.outcome-based.share", "isf.funds.count", "isf.choice-to-signed.days",
                    "isf.involvement.choice.helped", "fairwork.checks.met", "fairwork.uplift-reviews.agreed",
                    "providers.third-sector.value-share", "frameworks.brokerage.posted.count",
                    "frameworks.brokerage.awarded.other-choice.count", "frameworks.brokerage.unfilled.no-offer.count",
                    "frameworks.brokerage.posted-to-award.days", "frameworks.brokerage.involvement.shaping.person",
                    "collaboration.rounds.count", "collaboration.partners.average", "collaboration.grants.value",
                    "collaboration.clawbacks.value", "collaboration.involvement.delivery.supported-people",
                    "sheet: Contracts");
        }
        assertThat(analyst().get("/api/reports/flexibility").expect(200).body().findValuesAsText("reportKey"))
                .contains(ready.path("reportKey").asText());
    }

    @Test
    void aCommissionerHasTheReportForTheirOwnCouncilOnly() {
        JsonNode own = commissioner(COUNCIL).post("/api/reports/flexibility", Map.of("period", "2026-27-Q2"))
                .expect(202).body();
        assertThat(own.path("area").asText()).isEqualTo(COUNCIL);
        String key = own.path("reportKey").asText();
        awaitReady(commissioner(COUNCIL), key);
        assertThat(commissioner(COUNCIL).download("/api/reports/flexibility/" + key + "/workbook")).isNotEmpty();

        commissioner("ELSEWHERE-HSCP").get("/api/reports/flexibility/" + key).expect(403);
        commissioner("ELSEWHERE-HSCP").post("/api/reports/flexibility", Map.of("period", "2026-27", "area",
                COUNCIL)).expect(403);
        assertThat(commissioner("ELSEWHERE-HSCP").get("/api/reports/flexibility").expect(200).body()
                .findValuesAsText("reportKey")).doesNotContain(key);
        assertThat(analyst().get("/api/reports/flexibility/" + key).expect(200).body().path("area").asText())
                .isEqualTo(COUNCIL);
    }

    /**
     * The download is written on the request's thread with its length, so every answer is whole: the length it
     * states, the bytes it sends, and the security headers once each. (Written from another thread, it once went out
     * with a broken header block.) Downloaded repeatedly, as the access matrix does.
     */
    @Test
    void everyDownloadOfAReadyWorkbookIsWholeWithItsLengthAndHeadersOnce() throws Exception {
        String key = commissioner(COUNCIL).post("/api/reports/flexibility", Map.of("period", "2026-27-Q3"))
                .expect(202).body().path("reportKey").asText();
        long size = awaitReady(commissioner(COUNCIL), key).path("sizeBytes").asLong();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest download = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/reports/flexibility/" + key + "/workbook")).header("Authorization",
                        SignedTokens.bearer("commissioner.morag", COUNCIL, Role.COMMISSIONER)).build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<byte[]> answer = client.send(download, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(size);
            assertThat(answer.body()).hasSize((int) size);
            assertThat(answer.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("commissioning-flexibility-2026-27-Q3-" + COUNCIL + ".xlsx");
        }
    }

    @Test
    void aPeriodThatIsNotAFinancialYearOrQuarterIsRefusedWithASentence() {
        for (String period : List.of("2026", "2026-28", "2026-27-Q5", "=1+1", "")) {
            JsonNode problem = analyst().post("/api/reports/flexibility", Map.of("period", period)).expect(400)
                    .body();
            assertThat(problem.path("detail").asText()).contains("period");
        }
        analyst().get("/api/reports/flexibility/FR-NOSUCH").expect(404);
    }

    @Test
    void aTenderIsPublishedAsOpenDataTheOfficialSchemasAcceptAndNoFundIsPublished() {
        JsonNode created = commissioner(COUNCIL).post("/api/tenders", TenderFixtures.careAtHome(
                "Care at home for the report", 700_000)).expect(201).body();
        started.add(created.path("processInstanceKey").asLong());
        String ocid = openData.ocidPrefix() + "-tender-" + created.path("reference").asText();
        JsonNode record = api.get("/api/open-data/records/" + ocid).expect(200).body();
        assertThat(OcdsSchemas.recordPackageProblems(record)).isEmpty();
        JsonNode releases = api.get("/api/open-data/releases/" + ocid).expect(200).body();
        assertThat(OcdsSchemas.releasePackageProblems(releases)).isEmpty();
        List<String> tags = new ArrayList<>();
        releases.path("releases").forEach(release -> tags.add(release.path("tag").get(0).asText()));
        assertThat(tags).contains("planning");
        JsonNode compiled = record.path("records").get(0).path("compiledRelease");
        assertThat(compiled.path("buyer").path("id").asText()).isEqualTo("council-" + COUNCIL);
        assertThat(compiled.path("parties").findValuesAsText("id")).contains("council-" + COUNCIL);

        String everything = api.get("/api/open-data/releases?page=1").expect(200).body().toString();
        assertThat(everything).doesNotContain("INDIVIDUAL_SERVICE_FUND", "Individual service fund", "ISF-");
        api.get("/api/open-data/releases?page=abc").expect(400);
        api.get("/api/open-data/releases?page=0").expect(400);
    }
}
