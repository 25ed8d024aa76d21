package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.brokerage.BrokerageProcess;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A social worker posts a person's care package from the portal (a mistyped form said back in words first); the demo
 * provider, a member of the lot, offers for it before offers close (above its framework price first, refused with
 * that price); once offers close the social worker sees them ranked and records the award made with the person.
 */
class BrokerageBrowserTest extends BrowserTest {

    /** Longer than any window of working hours across a weekend and a bank holiday. */
    private static final Duration PAST_OFFER_WINDOW = Duration.ofDays(6);
    private static final String DEMO_PROVIDER = "PRV-DEMO0001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PlatformTransactionManager transactions;

    private Long processInstanceKey;

    @AfterEach
    void cancelWhatIsLeft() {
        if (processInstanceKey != null) {
            engine.cancelIfRunning(processInstanceKey);
        }
    }

    @Test
    void aPackageIsPostedOfferedForAndAwardedInTheBrowser() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admitAs(DEMO_PROVIDER, "Demo Care Cooperative", LotFixture.AREA, 5, "80.00", "26.00", null);
        lot.admit("Strath Care", 6, "88.00", "27.00", null);
        LocalDate start = LocalDate.now().plusDays(30);

        signIn("sandra.socialworker", "glen-socialworker-47");
        browser.findElement(By.linkText("Care packages")).click();
        assertThat(heading().getText()).isEqualTo("Care packages");
        checkPage("care-packages");
        browser.findElement(By.linkText("Post a care package")).click();
        new Select(browser.findElement(By.id("frameworkLot"))).selectByValue(lot.frameworkReference + ":1");
        type("councilArea", LotFixture.AREA);
        type("personName", "Seònaid NicLeòid");
        type("personUserId", "seonaid.person");
        type("personEmail", "seonaid@example.org");
        type("weeklyHours", "twelve and a half");
        type("supportTimes", "Weekday mornings 8–10, and Saturday afternoons");
        type("needs", "Help getting up and dressed; company on the way to the shinty");
        type("outcomesInOwnWords", "Tha mi ag iarraidh a dhol chun na h-iomain — get to the shinty every Saturday");
        type("startDay", String.valueOf(start.getDayOfMonth()));
        type("startMonth", String.valueOf(start.getMonthValue()));
        type("startYear", String.valueOf(start.getYear()));
        type("socialWorkerEmail", "sandra.socialworker@demo.example");
        send("Post the package");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Hours of support a week must be a number, such as 13.45")
                .contains("Enter how the person took part");
        checkPage("care-package-new-problems");

        browser.findElement(By.id("weeklyHours")).clear();
        type("weeklyHours", "12.5");
        type("personHow", "Said what she wants at home, in Gaelic");
        new Select(browser.findElement(By.id("otherWho"))).selectByValue("CARER");
        type("otherName", "Iain (son)");
        type("otherHow", "Joined the assessment by phone");
        send("Post the package");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-notification-banner")));
        String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(heading().getText()).isEqualTo("Care package for Seònaid NicLeòid");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Open for offers")
                .contains("Iain (son)");
        checkPage("care-package-posted");
        await().atMost(EngineHarness.PATIENCE).until(() -> socialWorker().get("/api/care-packages/" + reference)
                .expect(200).body().path("invitedProviders").asInt(), invited -> invited == 2);

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Care packages")).click();
        browser.findElement(By.linkText(reference)).click();
        assertThat(heading().getText()).isEqualTo("A care package in Highland");
        type("hourlyRate", "30.00");
        type("startDay", String.valueOf(start.getDayOfMonth()));
        type("startMonth", String.valueOf(start.getMonthValue()));
        type("startYear", String.valueOf(start.getYear()));
        type("howWeWouldHelp", "Two regular carers, one a Gaelic speaker, who can go with her to the shinty.");
        send("Make the offer");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Hourly rate must not exceed your framework price").contains("£26.00");
        browser.findElement(By.id("hourlyRate")).clear();
        type("hourlyRate", "25.00");
        send("Make the offer");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your offer is made");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("£25.00")
                .doesNotContain("Strath Care");
        checkPage("care-package-offer");

        engine.passTime(PAST_OFFER_WINDOW);
        processInstanceKey = awaitTask(reference, BrokerageProcess.CHOOSE_PROVIDER).processInstanceKey();

        signIn("sandra.socialworker", "glen-socialworker-47");
        visit("/care-packages/" + reference);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Demo Care Cooperative")
                .contains("Record the choice made with the person");
        browser.findElement(By.cssSelector("label[for='offer-0']")).click();
        type("personHow", "Chose at home with her son, reading the offer");
        send("Record the award");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The award is recorded");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Awarded");
        checkPage("care-package-awarded");

        browser.manage().window().setSize(new Dimension(375, 812));
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(content).as("no sideways scrolling at a phone's width (%d px)", viewport).isLessThanOrEqualTo(viewport);
        checkPage("care-package-phone");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }


    private Api.SignedIn socialWorker() {
        return api.as("sandra.socialworker", "DEMO-HSCP", Role.SOCIAL_WORKER);
    }
}
