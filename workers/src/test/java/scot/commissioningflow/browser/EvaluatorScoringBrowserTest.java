package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.commissioningflow.commissioning.TenderProcess;

/**
 * An evaluator scores the responses once they are unsealed, each read beside its scoring sheet: a missing mark and
 * one out of range are said in words, and the marks sent complete their scoring task.
 */
class EvaluatorScoringBrowserTest extends BrowserTest {

    @Test
    void anEvaluatorScoresEachResponseReadBesideItsSheet() {
        TenderStages stages = new TenderStages(api, engine, inbox, EXTERNAL_SERVICES);
        String title = "Supported living, Strathglass (portal)";
        String reference = stages.open(title, List.of("ewan.evaluator"));
        long glass = stages.respond(reference, "PRV-GLS-A", "Strathglass Support", 400_000, 27.5);
        long cannich = stages.respond(reference, "PRV-GLS-B", "Cannich Care", 380_000, 26.0);
        stages.passDeadlineUntilScoredBy(reference, "ewan.evaluator");

        signIn("ewan.evaluator", "bothy-evaluator-76");
        browser.findElement(By.linkText("Scoring")).click();
        assertThat(heading().getText()).isEqualTo("Scoring");
        checkPage("scoring-tenders");
        browser.findElement(By.linkText(title)).click();
        assertThat(heading().getText()).isEqualTo("Score the responses");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Strathglass Support plans support with each person around their week.")
                .contains("Cannich Care plans support with each person around their week.");
        checkPage("scoring-sheet");

        browser.findElement(By.id("quality-" + glass)).sendKeys("120");
        send("Send your scores");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Quality for Strathglass Support must be a mark from 0 to 100")
                .contains("Enter a fair work mark for Strathglass Support")
                .contains("Enter a quality mark for Cannich Care");
        assertThat(browser.findElement(By.id("quality-" + glass)).getAttribute("value")).isEqualTo("120");
        checkPage("scoring-problems");

        browser.findElement(By.id("quality-" + glass)).clear();
        mark(glass, "82", "72", "Clear plan for choosing times; staff continuity.");
        mark(cannich, "61.5", "60", "Sound, though the outcomes approach is general.");
        send("Send your scores");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your scores are recorded");
        checkPage("scoring-recorded");
        assertThat(awaitTask(reference, TenderProcess.MODERATE_SCORES).variables().get("ranking").toString())
                .contains("Strathglass Support");
    }

    private void mark(long response, String quality, String fairWork, String comments) {
        browser.findElement(By.id("quality-" + response)).sendKeys(quality);
        browser.findElement(By.id("fairWork-" + response)).sendKeys(fairWork);
        browser.findElement(By.id("comments-" + response)).sendKeys(comments);
    }
}
