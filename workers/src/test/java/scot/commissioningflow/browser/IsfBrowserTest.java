package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import scot.commissioningflow.identity.Role;

/**
 * A supported person reads their individual service fund in plain language, on a wide screen and on a phone; their
 * representative reads the same fund.
 */
class IsfBrowserTest extends BrowserTest {

    @Test
    void aPersonReadsTheirFundAndItIsReadableOnAPhone() {
        String reference = api.as("sam.social", "DEMO-HSCP", Role.SOCIAL_WORKER).post("/api/isfs", Map.of(
                "personName", "Seònaid NicLeòid", "personUserId", "seonaid.person",
                "personEmail", "seonaid@example.org", "councilName", "Demo Health and Social Care Partnership",
                "socialWorkerName", "Sam Social", "socialWorkerEmail", "sam.social@demo.example",
                "outcomes", List.of("Get out to the allotment twice a week", "Stay living in my own flat"),
                "indicativeAnnualBudget", 14_250, "weeklyHours", 11.5)).expect(201).body().path("reference").asText();

        signIn("seonaid.person", "machair-person-62");
        browser.findElement(By.linkText("Your support")).click();
        assertThat(heading().getText()).isEqualTo("Your support");
        browser.findElement(By.cssSelector("a[href='/isfs/" + reference + "']")).click();

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(heading().getText()).isEqualTo("Support for Seònaid NicLeòid");
        assertThat(page).contains("The budget is £14,250.00 a year, for about 11.5 hours of support a week")
                .contains("Get out to the allotment twice a week").contains("Waiting for a provider to be chosen")
                .contains("No spending has been reported yet");
        checkPage("isf");
        System.out.println("Page weight of the ISF page: " + pageWeight());

        browser.manage().window().setSize(new Dimension(375, 812));
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(content).as("no sideways scrolling at a phone's width (%d px)", viewport).isLessThanOrEqualTo(viewport);
        checkPage("isf-phone");

        signIn("rab.representative", "harbour-representative-85");
        visit("/isfs/" + reference);
        assertThat(heading().getText()).isEqualTo("Support for Seònaid NicLeòid");
    }
}
