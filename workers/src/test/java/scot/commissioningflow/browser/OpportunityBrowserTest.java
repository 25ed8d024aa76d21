package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.journey.EngineHarness;

/**
 * A provider finds an open tender, registers interest and responds before the deadline: a mistyped amount and a
 * missing statement are said in words, and the response, once sent, is shown sealed; the commissioner cannot read it.
 * Its fair work declaration is whole, so it is found compliant once the response period is over.
 */
class OpportunityBrowserTest extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ObjectMapper json;

    @Test
    void aProviderRegistersInterestRespondsAndSeesTheResponseSealed() throws Exception {
        TenderStages stages = new TenderStages(api, engine, inbox, EXTERNAL_SERVICES);
        String title = "Care at home, Strathnairn (portal)";
        String reference = stages.commissioner().post("/api/tenders", TenderFixtures.careAtHome(title, 380_000))
                .expect(201).body().path("reference").asText();
        await().atMost(EngineHarness.PATIENCE).until(() -> stages.commissioner().get("/api/tenders/" + reference)
                .expect(200).body().path("status").asText(), "OPEN_FOR_RESPONSES"::equals);

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Opportunities")).click();
        assertThat(heading().getText()).isEqualTo("Opportunities");
        checkPage("opportunities");
        browser.findElement(By.linkText(title)).click();
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("People stay living in their own homes as long as they wish");
        checkPage("opportunity");

        browser.findElement(By.id("interestName")).sendKeys("Demo Care Cooperative");
        browser.findElement(By.id("interestEmail")).sendKeys("tenders@demo-care.example");
        send("Register interest");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your interest is registered");

        browser.findElement(By.id("providerName")).sendKeys("Demo Care Cooperative");
        browser.findElement(By.id("contactEmail")).sendKeys("tenders@demo-care.example");
        browser.findElement(By.id("totalPrice")).sendKeys("three hundred thousand");
        browser.findElement(By.id("hourlyRate")).sendKeys("27.80");
        browser.findElement(By.id("outcomesApproach")).sendKeys("Small teams who know each person's week.");
        send("Send your response");
        WebElement problems = browser.findElement(By.className("govuk-error-summary"));
        assertThat(problems.getText()).contains("Total price must be an amount in pounds and pence, such as 13.45")
                .contains("Enter how you will provide good support")
                .contains("Enter how you develop your workforce").contains("Say how your workers are heard");
        assertThat(browser.findElement(By.id("hourlyRate")).getAttribute("value")).as("kept as typed")
                .isEqualTo("27.80");
        checkPage("opportunity-response-problems");

        browser.findElement(By.id("totalPrice")).clear();
        browser.findElement(By.id("totalPrice")).sendKeys("365,000.00");
        browser.findElement(By.id("qualityStatement")).sendKeys("Support planned with each person, reviewed "
                + "monthly with them; staff trained in Talking Points.");
        browser.findElement(By.id("supportWorkerPay")).sendKeys("13.45");
        browser.findElement(By.cssSelector("label[for='zeroHoursContracts-0']")).click();
        browser.findElement(By.cssSelector("label[for='workerVoice-0']")).click();
        browser.findElement(By.id("workforceDevelopment")).sendKeys("Paid training in Talking Points; SVQ 3 for all.");
        browser.findElement(By.id("genderPayGapAction")).sendKeys("We publish our pay gap and review it each year.");
        browser.findElement(By.cssSelector("label[for='flowsDownToSubcontractors']")).click();
        send("Send your response");

        assertThat(browser.findElement(By.className("govuk-panel")).getText()).contains("Response sealed");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("no one, the commissioner included, can read it before the deadline");
        checkPage("opportunity-response-sealed");
        assertThat(stages.commissioner().get("/api/tenders/" + reference + "/responses").status())
                .as("the commissioner cannot read it before the deadline").isEqualTo(403);
        // The whole fair work declaration is taken from the page, the commitments ticked and not ticked included.
        JsonNode declared = json.readTree(jdbc.queryForObject(
                "select fair_work_declaration from provider_response where tender_reference = ?", String.class,
                reference));
        assertThat(declared.get("flowsDownToSubcontractors")).isEqualTo(BooleanNode.TRUE);
        assertThat(declared.get("flowsDownToAgencyStaff")).isEqualTo(BooleanNode.FALSE);
        assertThat(declared.get("fireAndRehire")).isEqualTo(BooleanNode.FALSE);

        // Once the response period is over, the response is found compliant and goes on to be evaluated.
        stages.passDeadline();
        await().atMost(EngineHarness.PATIENCE).until(() -> jdbc.queryForObject(
                "select compliant from provider_response where tender_reference = ?", Boolean.class, reference),
                Boolean.TRUE::equals);
    }
}
