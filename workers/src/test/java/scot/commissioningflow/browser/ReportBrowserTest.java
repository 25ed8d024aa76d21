package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import scot.commissioningflow.identity.Role;

/**
 * The programme reads the flexibility measures, asks for the workbook (a mistyped period said back in words first)
 * and downloads it with its own session; the open contracting data is linked from the same page.
 */
class ReportBrowserTest extends BrowserTest {

    /** Writing a workbook is a process job; the first in a JVM waits for POI to load on a busy machine. */
    private static final Duration WORKBOOK_PATIENCE = Duration.ofMinutes(3);

    @Test
    void theProgrammeReadsTheMeasuresAndDownloadsTheWorkbook() throws Exception {
        signIn("ali.analyst", "cairn-analyst-19");
        browser.findElement(By.linkText("Flexibility report")).click();
        assertThat(heading().getText()).isEqualTo("Flexibility report");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Measures for Scotland").contains("Download the release package (OCDS JSON)");
        assertThat(browser.findElements(By.cssSelector(".govuk-summary-list__row"))).as("the features' measures")
                .isNotEmpty();
        checkPage("reports");

        browser.findElement(By.id("period")).clear();
        browser.findElement(By.id("period")).sendKeys("last year");
        send("Ask for the workbook");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Period must be a financial year such as 2026-27 or a quarter such as 2026-27-Q1");
        checkPage("reports-problems");

        browser.findElement(By.id("period")).clear();
        browser.findElement(By.id("period")).sendKeys("2025-26-Q4");
        send("Ask for the workbook");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The workbook for 2025-26-Q4 is being written");
        // Newest first: the one just asked for.
        await().atMost(WORKBOOK_PATIENCE).until(() -> java.util.stream.StreamSupport.stream(api.as("ali.analyst",
                "NATIONAL-PROGRAMME", Role.PROGRAMME_ANALYST).get("/api/reports/flexibility").expect(200).body()
                .spliterator(), false).filter(r -> r.path("period").asText().equals("2025-26-Q4")).findFirst()
                .orElseThrow().path("status").asText(), "READY"::equals);
        visit("/reports");
        WebElement download = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.partialLinkText("Download the workbook for 2025-26-Q4")));
        checkPage("reports-ready");

        // The browser's own session fetches the file, as clicking the link would.
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> workbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(download.getAttribute("href"))).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("commissioning-flexibility-2025-26-Q4-scotland.xlsx");
        assertThat(Arrays.copyOf(workbook.body(), 2)).as("an Excel workbook is a zip file")
                .isEqualTo(new byte[] {'P', 'K'});
    }
}
