package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.LotFixture.Member;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A mini-competition answered in the browser: a commissioner calls off from a lot by mini-competition; the demo
 * provider finds it among its mini-competitions, reads the requirement and its weights, sends a response typed wrong
 * (said back in words) and then a good one; a second member answers too; once responses close the page says so, and
 * the commissioner marks both responses and awards on the call-off's page.
 */
class MiniCompetitionBrowserTest extends BrowserTest {

    private static final String DEMO_COUNCIL = "DEMO-HSCP";
    private static final String SECOND_PROVIDER = "fiona.minicomp";
    private static final String SECOND_PASSWORD = "strath-provider-41";
    /** Past the 5 days members have to respond (calendar days ending on a working day), whatever day it is. */
    private static final Duration PAST_RESPONSES = Duration.ofDays(14);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PasswordEncoder passwords;

    private String callOff;

    @AfterEach
    void cancelWhatIsLeft() {
        if (callOff != null) {
            engine.cancelIfRunning(jdbc.queryForObject("select process_instance_key from call_off where reference = ?",
                    Long.class, callOff));
        }
        committed(() -> jdbc.update("delete from person_account where username = ?", SECOND_PROVIDER));
    }

    @Test
    void twoProvidersAnswerAMiniCompetitionInTheBrowserAndTheCommissionerAwards() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member strath = lot.admit("Strath Care", 5, "80.00", "27.00", null);
        lot.admitAs("PRV-DEMO0001", "Demo Care Cooperative", LotFixture.AREA, 5, "80.00", "26.00", null);
        committed(() -> jdbc.update("insert into person_account (username, display_name, password_hash, roles,"
                + " organisation, created_at) values (?, 'Fiona of Strath Care', ?, 'PROVIDER_USER', ?, now(6))",
                SECOND_PROVIDER, passwords.encode(SECOND_PASSWORD), strath.providerReference()));
        callOff = api.as("aileen.commissioner", DEMO_COUNCIL, Role.COMMISSIONER).post("/api/call-offs",
                miniCompetition(lot)).expect(201).body().path("reference").asText();
        await().atMost(EngineHarness.PATIENCE).until(() -> status().equals("OPEN_FOR_RESPONSES"));

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Mini-competitions")).click();
        assertThat(heading().getText()).isEqualTo("Mini-competitions");
        checkPage("mini-competitions");
        browser.findElement(By.linkText("Care at home, Glenmore (mini-competition)")).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Morning and evening visits, 21 hours a week")
                .contains("Ealasaid stays in her own home").contains("Quality 90%, price 10%");
        checkPage("mini-competition");
        type("hourlyRate", "about 26");
        send("Send your response");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Hourly rate must be a number, such as 13.45")
                .contains("Enter how you will provide the service and achieve the outcomes")
                .contains("Choose whether you use zero-hours contracts");
        checkPage("mini-competition-problems");
        browser.findElement(By.id("hourlyRate")).clear();
        respond("Our Glenmore team already visits next door; Ealasaid chose us for her mornings.", "26.00",
                "92000");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your response was received");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Response sent")
                .doesNotContain("Send your response");
        checkPage("mini-competition-sent");

        signIn(SECOND_PROVIDER, SECOND_PASSWORD);
        visit("/mini-competitions/" + callOff);
        respond("Two workers from Aviemore, the same faces every week.", "27.00", "96000");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Response sent");

        engine.passTime(PAST_RESPONSES);
        await().atMost(EngineHarness.PATIENCE).until(() -> status().equals("EVALUATING"));
        signIn("pat.provider", "ferry-provider-93");
        visit("/mini-competitions");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sent");

        signIn("aileen.commissioner", "thistle-commissioner-58");
        visit("/call-offs/" + callOff);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Our Glenmore team")
                .contains("Two workers from Aviemore");
        checkPage("call-off-evaluating");
        type("quality-PRV-DEMO0001", "85");
        type("quality-" + strath.providerReference(), "70");
        type("rationale", "Ealasaid already knows the Glenmore team and chose them for her mornings.");
        send("Award");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The mini-competition is awarded");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Demo Care Cooperative at £26.00 an hour");
        checkPage("call-off-awarded");
    }

    private void respond(String proposal, String rate, String total) {
        type("proposal", proposal);
        type("hourlyRate", rate);
        type("totalPrice", total);
        type("supportWorkerPay", "13.45");
        browser.findElement(By.cssSelector("label[for='zeroHoursContracts-0']")).click();
        browser.findElement(By.cssSelector("label[for='workerVoice-0']")).click();
        type("workforceDevelopment", "SVQ 3 funded for every worker.");
        type("genderPayGapAction", "An annual pay audit by grade, published with an action plan.");
        browser.findElement(By.cssSelector("label[for='flexibleWorkingFromDayOne']")).click();
        browser.findElement(By.cssSelector("label[for='flowsDownToSubcontractors']")).click();
        browser.findElement(By.cssSelector("label[for='flowsDownToAgencyStaff']")).click();
        send("Send your response");
    }

    private String status() {
        return api.as("aileen.commissioner", DEMO_COUNCIL, Role.COMMISSIONER).get("/api/call-offs/" + callOff)
                .expect(200).body().path("status").asText();
    }

    private static Map<String, Object> miniCompetition(LotFixture lot) {
        Map<String, Object> body = new HashMap<>(Map.of("frameworkReference", lot.frameworkReference,
                "lotNumber", 1, "title", "Care at home, Glenmore (mini-competition)",
                "serviceDescription", "Morning and evening visits, 21 hours a week, for one woman living alone.",
                "commissioningBody", "Demo Health and Social Care Partnership", "commissionerName", "Aileen",
                "commissionerEmail", "aileen.commissioner@demo.example", "method", "WITH_REOPENING_COMPETITION",
                "peopleInvolved", "Ealasaid and her daughter wrote the outcomes with us.",
                "estimatedValueExVat", 96_000));
        body.putAll(Map.of("estimatedValueIncVat", 96_000, "pricedService", LotFixture.PRICED_SERVICE,
                "startDate", LocalDate.now().plusMonths(2).toString(),
                "endDate", LocalDate.now().plusMonths(26).minusDays(1).toString(), "responseDays", 5,
                "outcomes", List.of(Map.of("outcome", "Ealasaid stays in her own home",
                        "indicator", "Nights spent in hospital or a care home")),
                "monitoringArrangements", "A review with Ealasaid every quarter."));
        return body;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
