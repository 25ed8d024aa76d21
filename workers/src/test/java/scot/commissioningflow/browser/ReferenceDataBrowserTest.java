package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator adds a bank holiday through the reference-data pages: what is missing is said in words, and the
 * new period appears with its source and in the history with who added it and why.
 */
class ReferenceDataBrowserTest extends BrowserTest {

    @Test
    void anAdministratorAddsAReferenceDataPeriodAndSeesItInTheHistory() {
        // A day years ahead, so no working-day sum another journey makes is changed, and new on every run.
        LocalDate day = LocalDate.of(2034, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 360));

        signIn("admin", "lighthouse-admin-70");
        browser.findElement(By.linkText("Reference data")).click();
        assertThat(heading().getText()).isEqualTo("Reference data");
        checkPage("reference-data");
        browser.findElement(By.linkText("Bank holidays")).click();
        assertThat(heading().getText()).isEqualTo("Bank holidays");
        checkPage("reference-data-bank-holidays");

        browser.findElement(By.id("name")).sendKeys("Portal trial holiday");
        add();
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter effective from").contains("Enter source note").contains("Enter reason");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Portal trial holiday");
        checkPage("reference-data-problems");

        browser.findElement(By.id("effectiveFrom")).sendKeys(day.toString());
        browser.findElement(By.id("sourceNote")).sendKeys("Proclamation, trial");
        browser.findElement(By.id("reason")).sendKeys("A holiday declared for the portal trial");
        add();
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The new period is added from " + day);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(day.toString()).contains("Proclamation, trial")
                .contains("A holiday declared for the portal trial").contains("admin");
        checkPage("reference-data-added");
    }

    private void add() {
        send("Add the period");
    }
}
