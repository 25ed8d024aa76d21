package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.util.unit.DataSize;
import scot.commissioningflow.identity.Role;

/**
 * A commissioner uploads a tender model saved from Camunda Modeler: a hostile file is refused in words, a good one is
 * deployed and listed; a tender is started on it from its row (a value typed wrong said back in words first) and the
 * commissioner lands on the tender's page; the modeler page draws a new model with the product's element templates
 * at hand.
 */
class TenderModelBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void aCommissionerUploadsATenderModelAndOpensTheModeler() throws IOException {
        String good = new String(getClass().getResourceAsStream("/tender-models/agreed-outcomes-tender.bpmn")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"agreed-outcomes-tender\"", "\"browser-tender\"");
        Path goodFile = Files.writeString(files.resolve("browser-tender.bpmn"), good);
        Path hostileFile = Files.writeString(files.resolve("hostile.bpmn"), good.replaceFirst("\\?>", "?>\n"
                + "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("name=\"Need recorded\"", "name=\"&secret;\""));

        signIn("aileen.commissioner", "thistle-commissioner-58");
        browser.findElement(By.linkText("Tender models")).click();
        assertThat(heading().getText()).isEqualTo("Tender models");
        checkPage("tender-models");

        // Over the server's own upload limit (50 MB), so it is never read: the page still says what is wrong.
        browser.findElement(By.id("model")).sendKeys(largerThan(DataSize.ofMegabytes(51), "large.bpmn").toString());
        send("Check and deploy");
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")))
                .getText()).contains("The file is larger than this service takes at all; a tender model may be at"
                        + " most");

        browser.findElement(By.id("model")).sendKeys(hostileFile.toString());
        send("Check and deploy");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("declares a document type (DOCTYPE)");
        checkPage("tender-models-refused");

        browser.findElement(By.id("model")).sendKeys(goodFile.toString());
        send("Check and deploy");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("\"Tender with outcomes agreed first\" is deployed as version");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("browser-tender");

        browser.findElement(By.cssSelector("a[href$='/tender-models/browser-tender/tenders/new']")).click();
        assertThat(heading().getText()).isEqualTo("Start a tender on this model");
        checkPage("tender-model-start");
        type("title", "Care at home, Nethy Bridge (own model)");
        type("needDescription", "Care and support at home for older people in Nethy Bridge, around each week.");
        browser.findElement(By.cssSelector("label[for='serviceType-0']")).click();
        type("estimatedValueExVat", "lots");
        type("estimatedValueIncVat", "504000");
        LocalDate start = LocalDate.now().plusMonths(6);
        type("startDay", String.valueOf(start.getDayOfMonth()));
        type("startMonth", String.valueOf(start.getMonthValue()));
        type("startYear", String.valueOf(start.getYear()));
        type("contractMonths", "36");
        type("outcome", "People stay living in their own homes as long as they wish");
        type("indicator", "Share of people still living at home after 12 months");
        browser.findElement(By.cssSelector("label[for='participant-0']")).click();
        type("participation", "Two workshops in the village hall with 14 people who use care at home.");
        type("qualityWeight", "70");
        type("priceWeight", "20");
        type("fairWorkWeight", "10");
        type("evaluators", "ewan.evaluator");
        type("responsePeriodDays", "30");
        type("paymentTerms", "Four-weekly in arrears, within 30 days of invoice.");
        type("monitoringArrangements", "Quarterly outcome conversations with the people supported.");
        type("commissioningBody", "Demo Health and Social Care Partnership");
        type("commissionerEmail", "aileen.commissioner@demo.example");
        send("Start the tender");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Estimated value excluding VAT must be a number, such as 13.45");
        checkPage("tender-model-start-problems");
        browser.findElement(By.id("estimatedValueExVat")).clear();
        type("estimatedValueExVat", "420000");
        send("Start the tender");
        assertThat(browser.getCurrentUrl()).contains("/tenders/TND-");
        assertThat(heading().getText()).isEqualTo("Care at home, Nethy Bridge (own model)");
        String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        engine.cancelIfRunning(api.as("aileen.commissioner", "DEMO-HSCP", Role.COMMISSIONER)
                .get("/api/tenders/" + reference).expect(200).body().path("processInstanceKey").asLong());

        visit("/tender-models");

        browser.findElement(By.linkText("modeler page")).click();
        assertThat(heading().getText()).isEqualTo("Draw a tender model");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-canvas] [data-element-id='NeedRecorded']")));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-check]"))).click();
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-outcome='done']"))).getText()).contains("The check found no problem");
        checkPage("tender-modeler");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
