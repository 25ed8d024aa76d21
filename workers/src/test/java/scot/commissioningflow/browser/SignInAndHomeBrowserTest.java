package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out, each role's home, and the error pages, as a person meets them in a browser. */
class SignInAndHomeBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsSaidInWordsAndTheRightOneLandsOnTheHomePageForTheRole() {
        visit("/login");
        checkPage("sign-in");
        browser.findElement(By.id("username")).sendKeys("morag.procurement");
        browser.findElement(By.id("password")).sendKeys("not-her-password");
        send("Sign in");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("The user name or password is not right")
                .contains("After 5 wrong tries in a row an account is locked for 15 minutes.");
        checkPage("sign-in-problem");

        signIn("morag.procurement", "heather-procurement-31");

        assertThat(heading().getText()).isEqualTo("What you can do here");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your tasks");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Signed in as");
        checkPage("home-procurement-officer");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitFor(driver -> driver.getCurrentUrl().contains("/login?logout"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out.");
    }

    @Test
    void aPageThatIsNotForThePersonsRoleAndOneThatDoesNotExistAreSaidInWords() {
        signIn("seonaid.person", "machair-person-62");

        visit("/inbox");
        assertThat(heading().getText()).isEqualTo("You cannot see or do this");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this.");
        checkPage("error-refused");

        signIn("morag.procurement", "heather-procurement-31");
        visit("/inbox/42");
        assertThat(heading().getText()).isEqualTo("Page not found");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("There is no task 42.");
        checkPage("error-not-found");
    }
}
