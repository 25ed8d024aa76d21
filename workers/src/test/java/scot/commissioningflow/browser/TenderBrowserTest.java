package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;

/** A commissioner follows their council's tender: its stage in words, and where that is on the process diagram. */
class TenderBrowserTest extends BrowserTest {

    @Test
    void aCommissionerSeesTheTendersStageInWordsAndOnTheProcessDiagram() {
        String title = "Supported living, Badenoch (portal)";
        String reference = commissioner().post("/api/tenders", TenderFixtures.careAtHome(title, 510_000))
                .expect(201).body().path("reference").asText();
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/" + reference)
                .expect(200).body().path("status").asText(), "OPEN_FOR_RESPONSES"::equals);

        signIn("aileen.commissioner", "thistle-commissioner-58");
        browser.findElement(By.linkText("Tenders")).click();
        assertThat(heading().getText()).isEqualTo("Tenders");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title).contains("Open for responses");
        checkPage("tenders");

        browser.findElement(By.linkText(title)).click();
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Open for responses. Responses stay sealed until the deadline.");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".app-process-view [data-element-id='" + TenderProcess.RESPONSE_PERIOD_STAGE + "'].app-current-step")));
        assertThat(browser.findElements(By.cssSelector(".app-process-view [data-element-id='"
                + TenderProcess.ROUTE_STAGE + "'].app-passed-step"))).hasSize(1);
        checkPage("tender-process");
    }

    private Api.SignedIn commissioner() {
        return api.as("aileen.commissioner", "DEMO-HSCP", Role.COMMISSIONER);
    }
}
