package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.LotFixture.Member;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A framework's journey in the browser: a procurement lead sets one up (a mistyped date said back in words first);
 * on a live framework its procurement staff suspend a member with the reason; the demo provider reads its membership
 * and price; a commissioner calls off from the lot by direct award on the framework's ranking.
 */
class FrameworkBrowserTest extends BrowserTest {

    private static final String DEMO_COUNCIL = "DEMO-HSCP";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    FrameworkAgreements agreements;

    private String framework;
    private String callOff;

    @AfterEach
    void cancelWhatIsLeft() {
        if (framework != null) {
            engine.cancelIfRunning(agreements.processInstanceKey(framework));
        }
        if (callOff != null) {
            long key = jdbc.queryForObject("select process_instance_key from call_off where reference = ?",
                    Long.class, callOff);
            engine.cancelIfRunning(key);
        }
    }

    @Test
    void aFrameworkIsSetUpAMemberSuspendedAndACommissionerCallsOff() {
        signIn("morag.procurement", "heather-procurement-31");
        browser.findElement(By.linkText("Frameworks")).click();
        assertThat(heading().getText()).isEqualTo("Frameworks");
        assertThat(browser.findElement(By.id("navigation")).getAttribute("textContent"))
                .as("every feature's starting points, not only this page's").contains("Your tasks", "Frameworks");
        checkPage("frameworks");
        browser.findElement(By.linkText("Set up a framework")).click();
        type("title", "Care and support in the Highlands (portal)");
        type("buyerName", "Demo Health and Social Care Partnership");
        type("contactEmail", "frameworks@demo.example");
        LocalDate start = LocalDate.now().plusMonths(1);
        type("startsDay", "31");
        type("startsMonth", "2");
        type("startsYear", String.valueOf(start.getYear()));
        LocalDate end = start.plusYears(4).minusDays(1);
        type("endsDay", String.valueOf(end.getDayOfMonth()));
        type("endsMonth", String.valueOf(end.getMonthValue()));
        type("endsYear", String.valueOf(end.getYear()));
        type("lotTitle", "Care at home, Highland");
        type("careService", "Support Service");
        type("clientGroup", "Older People");
        type("councilAreas", "Highland, Moray");
        type("pricedService", "Care at home: day hour");
        send("Set up the framework");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Start date must be a real date, such as 27 3 2027");
        checkPage("framework-new-problems");
        clearAndType("startsDay", String.valueOf(start.getDayOfMonth()));
        clearAndType("startsMonth", String.valueOf(start.getMonthValue()));
        send("Set up the framework");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-notification-banner")));
        framework = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(heading().getText()).isEqualTo("Care and support in the Highlands (portal)");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lot 1: Care at home, Highland")
                .contains("No provider has been admitted to this lot yet");
        checkPage("framework-set-up");

        // A live framework the demo partnership runs, with the demo provider and one other admitted.
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member best = lot.admit("Strath Care", 6, "95.00", "27.00", null);
        lot.admitAs("PRV-DEMO0001", "Demo Care Cooperative", LotFixture.AREA, 5, "80.00", "26.00", null);
        // Handed to the demo partnership once its members' prices are set: only the body running a framework may
        // set them, and the fixture sets them as the body that set the framework up.
        committed(() -> jdbc.update("update framework set buyer_organisation = ? where reference = ?",
                DEMO_COUNCIL, lot.frameworkReference));
        visit("/frameworks/" + lot.frameworkReference);
        type("reason-" + best.providerReference(), "Enforcement notice served by the Care Inspectorate");
        send(browser.findElement(By.xpath("//input[@id='reason-" + best.providerReference()
                + "']/ancestor::form//button")));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Strath Care is suspended");
        checkPage("framework-member-suspended");

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Your frameworks")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Care at home: day hour")
                .contains("£26.00 an hour").doesNotContain("Strath Care");
        checkPage("framework-memberships");

        signIn("aileen.commissioner", "thistle-commissioner-58");
        visit("/frameworks/" + lot.frameworkReference);
        browser.findElement(By.linkText("Call off from this framework")).click();
        assertThat(new Select(browser.findElement(By.id("frameworkLot"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(lot.frameworkReference + ":1");
        type("title", "Care at home, Strathspey (portal)");
        type("serviceDescription", "Morning and evening visits for older people living at home.");
        type("commissioningBody", "Demo Health and Social Care Partnership");
        type("commissionerEmail", "aileen.commissioner@demo.example");
        browser.findElement(By.cssSelector("label[for='method-direct']")).click();
        browser.findElement(By.cssSelector("label[for='basis-ranking']")).click();
        type("peopleInvolved", "Two people who use care at home read the specification and changed its outcomes.");
        type("estimatedValueExVat", "96,000");
        type("estimatedValueIncVat", "96000");
        LocalDate from = LocalDate.now().plusMonths(2);
        type("startDay", String.valueOf(from.getDayOfMonth()));
        type("startMonth", String.valueOf(from.getMonthValue()));
        type("startYear", String.valueOf(from.getYear()));
        type("endDay", String.valueOf(from.getDayOfMonth()));
        type("endMonth", String.valueOf(from.getMonthValue()));
        type("endYear", String.valueOf(from.getYear() + 2));
        type("outcome", "People stay living in their own homes as long as they wish");
        type("indicator", "Moves into residential care");
        type("monitoringArrangements", "Quarterly review with the people supported.");
        send("Call off");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-notification-banner")));
        callOff = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(heading().getText()).isEqualTo("Care at home, Strathspey (portal)");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Direct award, to the member the framework ranks highest");
        checkPage("call-off");
        assertThat(api.as("aileen.commissioner", DEMO_COUNCIL, Role.COMMISSIONER).get("/api/call-offs/" + callOff)
                .expect(200).body().path("title").asText()).isEqualTo("Care at home, Strathspey (portal)");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void clearAndType(String id, String text) {
        browser.findElement(By.id(id)).clear();
        type(id, text);
    }
}
