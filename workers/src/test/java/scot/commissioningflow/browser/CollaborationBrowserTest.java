package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;
import scot.commissioningflow.collaboration.CollaborationDriver;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;

/**
 * Collaboration funding through its pages, on the real engine: the funder opens a round (a weight total other than
 * 100 said back in words first); the demo provider applies as lead with a partner, is told a text file is not an
 * agreement, attaches the PDF; the partner confirms its part; the lead submits; the round closes and eligibility is
 * checked on the registers (WireMock); the panel member declares no conflict, marks and finishes; the funder moderates
 * and decides; the grant is signed (the lead on its documents to sign); the lead reports on the first milestone and
 * the funder sees the report and the stage paid.
 */
class CollaborationBrowserTest extends BrowserTest {

    private static final String FUNDER = "aileen.commissioner";
    private static final String FUNDER_ORGANISATION = "DEMO-HSCP";
    private static final String LEAD = "PRV-DEMO0001";
    private static final String PANEL = "priya.panel";
    private static final String PARTNER_PASSWORD = "strath-partner-41";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private Clock clock;

    private final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private Long roundProcess;

    @AfterEach
    void cancelWhatIsLeft() {
        if (roundProcess != null) {
            engine.cancelIfRunning(roundProcess);
        }
    }

    @Test
    void aRoundIsOpenedAppliedToAssessedFundedSignedAndReportedOn() throws IOException {
        CollaborationDriver driver = new CollaborationDriver(api, inbox, EXTERNAL_SERVICES);
        String partner = "PRV-PART" + id;
        String partnerUser = "partner." + id.toLowerCase();
        anAccount(partnerUser, partner);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        signIn(FUNDER, "thistle-commissioner-58");
        browser.findElement(By.linkText("Collaboration funding")).click();
        checkPage("collaboration-rounds");
        browser.findElement(By.linkText("Open a funding round")).click();
        type("title", "Working together in Badenoch " + id);
        type("purpose", "Providers sharing a back office and co-designing weekend support with tenants.");
        type("funderName", "Demo Health and Social Care Partnership");
        type("funderSignatory", "Aileen Commissioner");
        type("funderEmail", "aileen.commissioner@demo.example");
        type("budget", "100,000");
        date("opens", today);
        date("closes", today.plusDays(1));
        criterion(0, "Co-production with people who use support", "50");
        criterion(1, "Strength of the partnership", "30");
        criterion(2, "Value for money", "10");
        type("panelMembers", PANEL);
        send("Open the round");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Criteria weights add up to 90; they must add up to 100");
        checkPage("collaboration-round-new-problems");
        browser.findElement(By.id("criterion-2-weight")).clear();
        type("criterion-2-weight", "20");
        send("Open the round");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-notification-banner")));
        String round = lastPart(browser.getCurrentUrl());
        assertThat(heading().getText()).isEqualTo("Working together in Badenoch " + id);
        JsonNode opened = driver.awaitRound(round, r -> r.path("status").asText().equals("OPEN"));
        roundProcess = opened.path("processInstanceKey").asLong();
        checkPage("collaboration-round-opened");

        signIn("pat.provider", "ferry-provider-93");
        visit("/collaboration/rounds/" + round);
        browser.findElement(By.linkText("Apply with your partners")).click();
        type("title", "Same faces at weekends " + id);
        type("leadName", "Demo Care Cooperative");
        type("leadEmail", "collaboration@demo-care.example");
        browser.findElement(By.cssSelector("label[for='leadRegisterKind-0']")).click();
        type("leadRegisterNumber", driver.registeredCharity("Demo Care Cooperative"));
        type("leadPart", "We lead and run the shared rota.");
        type("partner-0-reference", partner);
        type("partner-0-name", "Strathspey Partners " + id);
        type("partner-0-email", "hello@strathspey.example");
        browser.findElement(By.cssSelector("label[for='partner-0-registerKind-0']")).click();
        type("partner-0-registerNumber", driver.registeredCharity("Strathspey Partners " + id));
        type("partner-0-part", "We run the co-design workshops.");
        type("whoUsesSupport", "Adults with learning disabilities in Aviemore, who asked for the same faces at "
                + "weekends – Mòrag's idea – and shaped the rota.");
        type("involved-0-howMany", "12");
        type("involved-0-how", "Four co-design workshops in Aviemore");
        new Select(browser.findElement(By.id("involved-1-who"))).selectByValue("UNPAID_CARERS");
        type("involved-1-howMany", "5");
        type("involved-1-how", "A carers' evening");
        type("outcomes", "People see the same workers at weekends\nTwo providers share one back office");
        budgetLine(0, "Shared rota", LEAD, "30000");
        budgetLine(1, "Co-design workshops", partner, "30000");
        milestone(0, "Shared rota live", today.plusDays(60), "30000");
        milestone(1, "Shared back office live", today.plusDays(120), "30000");
        type("supportWorkerPay", "13.45");
        browser.findElement(By.cssSelector("label[for='zeroHoursContracts-0']")).click();
        browser.findElement(By.cssSelector("label[for='workerVoice-0']")).click();
        type("workforceDevelopment", "SVQ 3 funded for every worker.");
        type("genderPayGapAction", "A yearly pay audit by grade.");
        browser.findElement(By.cssSelector("label[for='flexibleWorkingFromDayOne']")).click();
        browser.findElement(By.cssSelector("label[for='flowsDownToSubcontractors']")).click();
        browser.findElement(By.cssSelector("label[for='flowsDownToAgencyStaff']")).click();
        checkPage("collaboration-application-new");
        send("Start the application");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-notification-banner")));
        String application = lastPart(browser.getCurrentUrl());
        assertThat(heading().getText()).isEqualTo("Same faces at weekends " + id);
        assertThat(main()).contains("Strathspey Partners " + id).contains("(not yet confirmed)")
                .contains("12 supported people: Four co-design workshops in Aviemore");

        // Over the server's own upload limit (50 MB), so it is never read: the page still says what is wrong.
        attach(largerThan(DataSize.ofMegabytes(51), "partnership-agreement.pdf"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("The partnership agreement is larger than the 10 MB allowed");
        assertThat(heading().getText()).isEqualTo("Same faces at weekends " + id);
        checkPage("collaboration-agreement-too-large");
        attach("partnership-agreement.txt", "Signed by both boards.");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("The partnership agreement must be a PDF or a Word (.docx) document");
        checkPage("collaboration-agreement-refused");
        attach("partnership-agreement.pdf", "%PDF-1.4 partnership agreement signed by both boards");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The partnership agreement partnership-agreement.pdf is attached");
        checkPage("collaboration-application-started");

        signIn(partnerUser, PARTNER_PASSWORD);
        visit("/collaboration/applications/" + application);
        type("inOwnWords", "We run the workshops, as our board agreed.");
        send("Confirm our part");
        assertThat(main()).contains("We run the workshops, as our board agreed.");
        checkPage("collaboration-partner-confirmed");

        signIn("pat.provider", "ferry-provider-93");
        visit("/collaboration/applications/" + application);
        send("Submit the joint application");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The joint application is submitted");
        checkPage("collaboration-application-submitted");

        // The round closes at the start of its closing day; then every organisation is looked up on its register.
        engine.passTime(Duration.ofDays(2));
        awaitApplication(application, a -> a.path("status").asText().equals("ELIGIBLE"));
        visit("/collaboration/applications/" + application);
        assertThat(main()).contains("Every organisation in the partnership (2) meets the round's register rules.");
        checkPage("collaboration-application-eligible");
        driver.awaitScoringTask(round, PANEL);

        signIn(PANEL, "loch-panel-24");
        visit("/collaboration/rounds/" + round);
        checkPage("collaboration-panel-declare");
        browser.findElement(By.cssSelector("label[for='declared-" + application + "-no']")).click();
        send("Declare");
        browser.findElement(By.linkText("Read and mark Same faces at weekends " + id)).click();
        for (int i = 0; i < 3; i++) {
            type("score-" + i, String.valueOf(70 + i * 5));
            type("comment-" + i, "Tenants shaped it; the evidence is in the workshop notes.");
        }
        checkPage("collaboration-panel-marks");
        send("Save my marks");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your marks are saved");
        visit("/collaboration/rounds/" + round);
        send("I have finished scoring");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("finished scoring");
        driver.awaitModeration(round);

        signIn(FUNDER, "thistle-commissioner-58");
        visit("/collaboration/rounds/" + round);
        assertThat(main()).contains("Same faces at weekends " + id).contains("Eligible");
        checkPage("collaboration-round-assessing");
        browser.findElement(By.linkText("Moderate the panel's marks")).click();
        assertThat(main()).contains(PANEL).contains("Tenants shaped it");
        checkPage("collaboration-moderation");
        type("mark-0", "75");
        send("Moderate and decide");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter why the mark for " + application);
        type("reason-0", "The panel agreed the workshops went further than the notes say.");
        type("awardConditions", "The real Living Wage paid throughout; reports on time.");
        send("Moderate and decide");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Moderation is done");
        awaitApplication(application, a -> a.path("status").asText().equals("AWARDED"));

        String grant = application.replace("CFA-", "CFG-");
        JsonNode contract = await().atMost(EngineHarness.PATIENCE).until(() -> funder().get("/api/contracts/"
                + grant), r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body();
        signIn("pat.provider", "ferry-provider-93");
        visit("/documents-to-sign/" + grant);
        type("signedBy", "Pat Provider");
        browser.findElement(By.cssSelector("label[for='confirm']")).click();
        send("Sign the contract");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You signed contract " + grant);
        String sha = contract.path("documentSha256").asText();
        CollaborationDriver.sign(api.as(partnerUser, partner, Role.PROVIDER_USER), grant, "partner-" + partner, sha);
        CollaborationDriver.sign(funder(), grant, "funder", sha);
        await().atMost(EngineHarness.PATIENCE).until(() -> api.as("pat.provider", LEAD, Role.PROVIDER_USER)
                .get("/api/collaboration/grants/" + grant).body(), g -> g.path("status").asText().equals("SIGNED")
                && g.path("paid").decimalValue().signum() > 0);

        visit("/collaboration/applications/" + application);
        browser.findElement(By.linkText("The grant: agreement, milestones, reports and payments")).click();
        assertThat(main()).contains("Signed by every partner and the funder").contains("£30,000.00, paid")
                .contains("12 supported people: Four co-design workshops in Aviemore");
        checkPage("collaboration-grant-signed");
        browser.findElement(By.linkText("Send the report for milestone 1")).click();
        send("Send the report");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter what was done");
        checkPage("collaboration-report-problems");
        type("progress", "The shared rota is live; weekend workers are the same four people.");
        type("howMany", "9");
        type("how", "They checked the rota at a monthly tenants' meeting");
        type("spend-0", "20,000");
        type("spend-1", "10000");
        send("Send the report");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your report for milestone 1 is sent");

        signIn(FUNDER, "thistle-commissioner-58");
        visit("/collaboration/grants/" + grant);
        assertThat(main()).contains("Sent: £30,000.00 spent")
                .contains("9 supported people took part: They checked the rota at a monthly tenants' meeting")
                .contains("Spent on Shared rota: £20,000.00");
        checkPage("collaboration-grant-reported");
    }

    private Api.SignedIn funder() {
        return api.as(FUNDER, FUNDER_ORGANISATION, Role.COMMISSIONER);
    }

    private JsonNode awaitApplication(String reference, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> funder().get("/api/collaboration/applications/"
                + reference).expect(200).body(), until);
    }

    /** The partner's user: a provider user of its own organisation, who signs in as people do. */
    private void anAccount(String username, String organisation) {
        committed(() -> jdbc.update("insert into person_account (username, display_name, password_hash, roles, "
                + "organisation, failed_attempts, created_at) values (?, ?, ?, ?, ?, 0, ?)", username, "Partner " + id,
                passwords.encode(PARTNER_PASSWORD), Role.PROVIDER_USER.name(), organisation,
                Timestamp.from(clock.instant())));
    }

    /** Chooses a file in the agreement's file input and sends it. */
    private void attach(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("cf-agreement").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        attach(file);
    }

    private void attach(Path file) {
        browser.findElement(By.id("agreement")).sendKeys(file.toAbsolutePath().toString());
        send("Attach the agreement");
    }


    private void criterion(int row, String name, String weight) {
        type("criterion-" + row + "-name", name);
        type("criterion-" + row + "-weight", weight);
        type("criterion-" + row + "-guidance", "What the panel looks for: " + name + ".");
    }

    private void budgetLine(int row, String line, String spender, String amount) {
        type("budget-" + row + "-line", line);
        type("budget-" + row + "-partner", spender);
        type("budget-" + row + "-amount", amount);
    }

    private void milestone(int row, String name, LocalDate due, String payment) {
        type("milestone-" + row + "-name", name);
        date("milestone-" + row + "-due", due);
        type("milestone-" + row + "-payment", payment);
    }

    private void date(String prefix, LocalDate day) {
        type(prefix + "Day", String.valueOf(day.getDayOfMonth()));
        type(prefix + "Month", String.valueOf(day.getMonthValue()));
        type(prefix + "Year", String.valueOf(day.getYear()));
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static String lastPart(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
