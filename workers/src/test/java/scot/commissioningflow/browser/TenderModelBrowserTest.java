package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A commissioner uploads a tender model saved from Camunda Modeler: a hostile file is refused in words, a good one is
 * deployed and listed; the modeler page draws a new model with the product's element templates at hand.
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

        browser.findElement(By.id("model")).sendKeys(hostileFile.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("declares a document type (DOCTYPE)");
        checkPage("tender-models-refused");

        browser.findElement(By.id("model")).sendKeys(goodFile.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("\"Tender with outcomes agreed first\" is deployed as version");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("browser-tender");

        browser.findElement(By.linkText("modeler page")).click();
        assertThat(heading().getText()).isEqualTo("Draw a tender model");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-canvas] [data-element-id='NeedRecorded']")));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-check]"))).click();
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-outcome='done']"))).getText()).contains("The check found no problem");
        checkPage("tender-modeler");
    }
}
