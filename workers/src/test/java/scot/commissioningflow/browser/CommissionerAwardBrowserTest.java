package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.journey.EngineHarness;

/**
 * A commissioner answers a provider's clarification question, then decides the award the panel recommends, with
 * reasons, and sees standstill begin: problems with the decision said in words.
 */
class CommissionerAwardBrowserTest extends BrowserTest {

    @Test
    void aCommissionerAnswersAClarificationAndDecidesTheAward() {
        TenderStages stages = new TenderStages(api, engine, inbox, EXTERNAL_SERVICES);
        String title = "Care at home, Glen Urquhart (portal)";
        String reference = stages.open(title, List.of("eval.urquhart.a", "eval.urquhart.b"));
        stages.provider("PRV-URQ-A").post("/api/opportunities/" + reference + "/interest", Map.of(
                "providerReference", "PRV-URQ-A", "providerName", "Urquhart Care",
                "contactEmail", "bids@urquhart.example")).expect(204);
        stages.provider("PRV-URQ-A").post("/api/opportunities/" + reference + "/clarifications", Map.of(
                "providerReference", "PRV-URQ-A", "question", "Are sleepovers part of the service?")).expect(201);
        awaitTask(reference, TenderProcess.ANSWER_CLARIFICATION);

        signIn("aileen.commissioner", "thistle-commissioner-58");
        visit("/tenders/" + reference);
        browser.findElement(By.linkText("Questions from providers")).click();
        assertThat(heading().getText()).isEqualTo("Questions from providers");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Are sleepovers part of the service?");
        checkPage("clarifications");
        browser.findElement(By.cssSelector("textarea[id^='answer-']")).sendKeys("Yes: two sleepovers a week, paid "
                + "at the hourly pay floor.");
        send("Answer and share with every provider");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your answer is being sent to every provider who registered interest");
        await().atMost(EngineHarness.PATIENCE).until(() -> stages.commissioner().get("/api/tenders/" + reference
                + "/clarifications").expect(200).body().get(0).path("sharedWith").size() == 1);

        long urquhart = stages.respond(reference, "PRV-URQ-A", "Urquhart Care", 400_000, 27.5);
        long loch = stages.respond(reference, "PRV-URQ-B", "Loch Ness Support", 380_000, 26.0);
        stages.passDeadlineUntilScoredBy(reference, "eval.urquhart.a");
        stages.score(reference, "eval.urquhart.a", Map.of(urquhart, new int[] {80, 70}, loch, new int[] {60, 60}));
        stages.score(reference, "eval.urquhart.b", Map.of(urquhart, new int[] {84, 74}, loch, new int[] {64, 60}));
        stages.moderate(reference, Map.of(urquhart, new int[] {82, 72}, loch, new int[] {62, 60}));

        visit("/tenders/" + reference);
        browser.findElement(By.linkText("Award decision")).click();
        assertThat(heading().getText()).isEqualTo("Award decision");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("The panel's moderated scores recommend Urquhart Care").contains("Loch Ness Support");
        checkPage("award-recommended");

        send("Record the decision");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Choose whether to approve the award or send it back to moderation")
                .contains("Enter the reasons for your decision");
        checkPage("award-decision-problems");

        browser.findElement(By.cssSelector("label[for='decision']")).click();
        browser.findElement(By.id("rationale")).sendKeys("Highest score on quality and outcomes, at a sustainable "
                + "rate.");
        send("Record the decision");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You approved the award");
        await().atMost(EngineHarness.PATIENCE).until(() -> stages.commissioner().get("/api/tenders/" + reference)
                .expect(200).body().path("status").asText(), "STANDSTILL"::equals);

        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Awarded to")
                .contains("Urquhart Care").contains("Runs until").contains("Providers may challenge the award");
        checkPage("award-standstill");
    }
}
