package scot.commissioningflow.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.tasks.TaskView;

/**
 * A procurement officer reviews a provider's registration from the inbox: the task's Camunda form drawn by form-js,
 * a required answer missed and said in words, then the decision recorded and the provider admitted.
 */
class InboxBrowserTest extends BrowserTest {

    @Test
    void anOfficerCompletesARegistrationReviewFromTheInbox() {
        String reference = registrationWaitingForReview("CS2003009014", "Moray Firth Homecare");
        TaskView review = awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);

        signIn("morag.procurement", "heather-procurement-31");
        browser.findElement(By.linkText("Your tasks")).click();
        assertThat(heading().getText()).isEqualTo("Your tasks");
        checkPage("inbox");
        PageWeight inbox = pageWeight();
        System.out.println("Page weight of the inbox: " + inbox);

        browser.findElement(By.cssSelector("a[href='/inbox/" + review.taskKey() + "']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-submit-task]")));
        assertThat(heading().getText()).isEqualTo("Review provider registration");
        assertThat(browser.findElement(By.cssSelector(".app-task-form")).getText()).contains("Care Inspectorate check");
        checkPage("task-form");
        System.out.println("Page weight of a task's form page: " + pageWeight());

        browser.findElement(By.cssSelector("[data-submit-task]")).click();
        WebElement problems = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-problems]")));
        assertThat(problems.getText()).contains("There is a problem").contains("Decision");
        checkPage("task-form-problems");

        browser.findElement(By.xpath("//label[contains(normalize-space(), 'Admit to the register')]")).click();
        browser.findElement(By.cssSelector(".app-task-form textarea")).sendKeys("Registered and graded good.");
        browser.findElement(By.cssSelector("[data-submit-task]")).click();
        waitFor(ExpectedConditions.urlContains("/inbox?done=" + review.taskKey()));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You completed Review provider registration for " + reference);
        checkPage("inbox-done");

        await().atMost(EngineHarness.PATIENCE).untilAsserted(() -> assertThat(officer().get("/api/providers/"
                + reference).expect(200).body().path("status").asText()).isEqualTo("ADMITTED"));
    }

    private Api.SignedIn officer() {
        return api.as("officer.browser", "DEMO-HSCP", Role.PROCUREMENT_OFFICER);
    }

    private String registrationWaitingForReview(String serviceNumber, String name) {
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber)).willReturn(okJson(
                "{\"serviceNumber\": \"" + serviceNumber + "\", \"name\": \"" + name + "\", \"status\": \"Active\","
                        + " \"grades\": {\"wellbeing\": 5}}")));
        return officer().post("/api/providers", Map.of("name", name, "organisationType", "THIRD_SECTOR", "sme",
                true, "careInspectorateNumber", serviceNumber, "contactEmail", "hello@moray.example"))
                .expect(202).body().path("reference").asText();
    }
}
