package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.referencedata.ReferenceData;
import scot.commissioningflow.testing.OwnEngine;

/**
 * A contract of the demo provider goes live and is tiered; the procurement officer finds it on the monitoring page
 * with its tier and why; when its review asks for a return, the provider sends it from the contract's page (a
 * mistyped one said back in words first), with one person's outcome in their own words. Its own context and database:
 * it moves the clock on a year, and the shared journeys' deadlines must stay within the bank holidays held.
 */
@OwnEngine
class MonitoringBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        aDatabaseOfItsOwn(registry, "monitoring_pages");
    }

    private static final String DEMO_PROVIDER = "PRV-DEMO0001";
    /** Longer than the longest review interval, so the contract's first review has opened whatever its tier. */
    private static final Duration PAST_FIRST_REVIEW = Duration.ofDays(366);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ContractRegister register;

    private Long processInstanceKey;

    @AfterEach
    void cancelWhatIsLeft() {
        if (processInstanceKey != null) {
            engine.cancelIfRunning(processInstanceKey);
        }
    }

    @Test
    void theOfficerSeesTheTierAndTheProviderSendsItsReturnInTheBrowser() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admitAs(DEMO_PROVIDER, "Demo Care Cooperative", LotFixture.AREA, 2, "80.00", "21.00", null);
        String reference = "MON-" + UUID.randomUUID().toString().substring(0, 8);
        register.register(new ContractEntry(reference, ContractKind.FRAMEWORK_CALL_OFF, "Care at home in Lochaber",
                DEMO_PROVIDER, "Demo Care Cooperative", "Highland HSCP", LocalDate.now(), null,
                new BigDecimal("80000.00"), new BigDecimal("21.00"), List.of(new ContractedOutcome(
                        "People feel safe at home", "Share of people who say they feel safe")), null));
        JsonNode tiered = await().atMost(EngineHarness.PATIENCE).until(() -> officer().get(
                "/api/monitoring/contracts/" + reference), r -> r.status() == 200
                && r.body().hasNonNull("tier")).body();
        processInstanceKey = jdbc.queryForObject("select process_instance_key from monitored_contract"
                + " where contract_reference = ?", Long.class, reference);
        // The tier is stored before its step's completion reaches the engine; the clock moves only after that.
        await().atMost(EngineHarness.PATIENCE).until(() -> engine.completedElements(processInstanceKey)
                .contains(MonitoringProcess.PLAN_REVIEWS));
        engine.settle();

        signIn("morag.procurement", "heather-procurement-31");
        browser.findElement(By.linkText("Contract monitoring")).click();
        assertThat(heading().getText()).isEqualTo("Contract monitoring");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your workload")
                .contains("Care at home in Lochaber").contains(tiered.path("tierReason").asText());
        checkPage("monitoring");
        browser.findElement(By.cssSelector("a[href='/monitoring/" + reference + "']")).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(words(tiered.path("tier").asText())).contains(tiered.path("tierReason").asText())
                .contains("Share of people who say they feel safe");
        checkPage("monitoring-contract");

        engine.passTime(PAST_FIRST_REVIEW);
        await().atMost(EngineHarness.PATIENCE).until(() -> officer().get("/api/monitoring/contracts/" + reference)
                .expect(200).body().path("reviews").size() == 1);

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Contract monitoring")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Your workload");
        browser.findElement(By.cssSelector("a[href='/monitoring/" + reference + "']")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Send it by");
        LocalDate from = LocalDate.now().minusMonths(3);
        LocalDate to = LocalDate.now().minusDays(1);
        type("fromDay", String.valueOf(from.getDayOfMonth()));
        type("fromMonth", String.valueOf(from.getMonthValue()));
        type("fromYear", String.valueOf(from.getYear()));
        type("plannedHours", "a thousand");
        type("deliveredHours", "980");
        type("lowestHourlyPay", "14.10");
        send("Send the return");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter period to").contains("Hours planned must be a number, such as 13.45");
        checkPage("monitoring-return-problems");

        type("toDay", String.valueOf(to.getDayOfMonth()));
        type("toMonth", String.valueOf(to.getMonthValue()));
        type("toYear", String.valueOf(to.getYear()));
        browser.findElement(By.id("plannedHours")).clear();
        type("plannedHours", "1,000");
        type("personReference-0", "P-17");
        new Select(browser.findElement(By.id("category-0"))).selectByValue("SEEING_PEOPLE");
        new Select(browser.findElement(By.id("spokenBy-0"))).selectByValue("PERSON");
        new Select(browser.findElement(By.id("met-0"))).selectByValue("MET");
        type("words-0", "Bidh mi a' dol dhan chlub Dimàirt — I get out to the lunch club every Tuesday");
        send("Send the return");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your monitoring return is sent");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("980 delivered of 1000 planned")
                .contains("Bidh mi a' dol dhan chlub Dimàirt — I get out to the lunch club every Tuesday");
        checkPage("monitoring-return-sent");

        browser.manage().window().setSize(new Dimension(375, 812));
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(content).as("no sideways scrolling at a phone's width (%d px)", viewport).isLessThanOrEqualTo(viewport);
        checkPage("monitoring-phone");
    }

    /** A tier as the page says it: HIGH as High. */
    private static String words(String tier) {
        return tier.charAt(0) + tier.substring(1).toLowerCase(java.util.Locale.UK);
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }


    private Api.SignedIn officer() {
        return api.as("eilidh.officer", "HIGHLAND-HSCP", Role.PROCUREMENT_OFFICER);
    }
}
