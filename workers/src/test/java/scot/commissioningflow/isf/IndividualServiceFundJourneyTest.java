package scot.commissioningflow.isf;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.SignatoryView;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.change.Changes;
import scot.commissioningflow.isf.choice.ProviderChoice;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LateCommit;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.tasks.TaskQuery;

/** Self-directed Support Option 2 journeys, driven through the API on the real engine and database. */
class IndividualServiceFundJourneyTest extends JourneyTest {

    @Autowired
    private ProviderRegister providers;

    @Autowired
    private ContractDocuments contracts;

    @Autowired
    private ContractRegister register;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private Changes changes;

    @Autowired
    private LateCommit lateCommit;

    private IsfDriver drive;

    @BeforeEach
    void drivers() {
        drive = new IsfDriver(api, inbox, providers, EXTERNAL_SERVICES);
    }

    @Test
    void chooseSignSpendOverspendReviewAndVariation() throws Exception {
        String provider = drive.admittedProvider("Speyside Supported Living");
        String isf = drive.open(IsfDriver.newIsf("Morag Grant", null));
        drive.awaitTask(isf, IsfProcess.RECORD_CHOICE);
        drive.choose(isf, Callers.person("Morag Grant"), provider);
        drive.accept(isf, provider);

        String agreement = isf + "-A1";
        drive.awaitSignable(agreement);
        String text = documentText(agreement);
        assertThat(text).doesNotContain("${")
                .contains("between three parties: Morag Grant")
                .contains("Your budget is £12,000.00 a year. That is £1,000.00 a month")
                .contains("They took me to the allotment")
                .contains("with help from an independent advocate (Moray Advocacy)")
                .contains("Get out to the allotment twice a week")
                .contains("You carry no liability")
                .contains("a notice period of at least 28 days")
                .contains("Morag Grant signs for themselves.");
        drive.signByEveryone(agreement, "Morag Grant", provider);
        JsonNode active = drive.awaitStatus(isf, "ACTIVE");
        assertThat(active.path("currentProviderReference").asText()).isEqualTo(provider);
        assertThat(active.path("choice").path("helpedBy").asText()).isEqualTo("ADVOCATE");
        assertThat(register.get(agreement).contract().annualValue()).isEqualByComparingTo("12000");

        String firstMonth = drive.firstMonth(isf);
        drive.statement(isf, provider, "SSL-2026-001", firstMonth, 1200, 12.5).expect(201);

        long review = drive.awaitTask(isf, IsfProcess.REVIEW_ISF);
        assertThat(inbox.get(review).variables().get("reviewWhy").toString())
                .contains("spending was running above the budget").contains("20.0% over");
        api.as(Callers.socialWorker()).post("/api/isfs/" + isf + "/review-decision", Map.of("changeBudget", true,
                "newAnnualBudget", 14400, "notes", "Morag needs an extra evening visit each week.")).expect(200);

        String variation = agreement + "-V1";
        String sha = drive.awaitSignable(variation);
        assertThat(contracts.get(variation).template()).isEqualTo("contract-variation.docx");
        assertThat(documentText(variation)).contains("Yearly budget").contains("£12,000.00").contains("£14,400.00")
                .contains("an extra evening visit");
        drive.sign(variation, Callers.person("Morag Grant"), "supported-person", sha);
        drive.sign(variation, Callers.provider(provider), "provider", sha);
        drive.sign(variation, Callers.socialWorker(), "council", sha);

        await().atMost(Duration.ofSeconds(60)).until(() -> api.as(Callers.person("Morag Grant"))
                .get("/api/isfs/" + isf).body().path("agreements").get(0).path("annualBudget").decimalValue()
                .compareTo(new BigDecimal("14400")) == 0);
        JsonNode after = drive.awaitStatus(isf, "ACTIVE");
        assertThat(after.path("agreements")).hasSize(2);
        assertThat(after.path("agreements").get(1).path("kind").asText()).isEqualTo("VARIATION");
        JsonNode ledger = api.as(Callers.person("Morag Grant")).get("/api/isfs/" + isf + "/ledger").expect(200).body();
        assertThat(ledger.path("months").get(0).path("budget").decimalValue()).isEqualByComparingTo("1000");
        assertThat(ledger.path("months").get(1).path("budget").decimalValue()).isEqualByComparingTo("1200");
        assertThat(ledger.path("variancePercent").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(register.get(agreement).contract().annualValue()).isEqualByComparingTo("14400");

        // Each decision is in the trail under the signed-in person who made it, with the fund's process.
        long process = active.path("processInstanceKey").asLong();
        assertThat(decisions(isf, "isf.provider-chosen")).singleElement().satisfies(chosen -> {
            assertThat(chosen.who()).isEqualTo("morag.grant");
            assertThat(chosen.why()).contains(provider).contains("with help from advocate (Moray Advocacy)");
            assertThat(chosen.processInstanceKey()).isEqualTo(process);
        });
        assertThat(decisions(isf, "isf.provider-answered")).singleElement().satisfies(answered -> {
            assertThat(answered.who()).isEqualTo("pat.provider");
            assertThat(answered.why()).contains(provider + " accepted");
        });
        assertThat(decisions(isf, "isf.review-decided")).singleElement().satisfies(decided -> {
            assertThat(decided.who()).isEqualTo("sam.social");
            assertThat(decided.why()).contains("£14400").contains("extra evening visit");
            assertThat(decided.processInstanceKey()).isEqualTo(process);
        });
        assertThat(audit.search("contract", variation, "contract.signed", null, 0, 10).getContent())
                .extracting(AuditedDecision::who).containsExactlyInAnyOrder("morag.grant", "pat.provider",
                        "sam.social");
    }

    private java.util.List<AuditedDecision> decisions(String isf, String action) {
        return audit.search("isf", isf, action, null, 0, 10).getContent();
    }

    @Test
    void theScheduledReviewIsOpenedByTheTimer() {
        // Six-monthly for Iain rather than the council's yearly review: the same timer, half the clock to move.
        String provider = drive.admittedProvider("Glen Care Cooperative");
        Map<String, Object> request = new java.util.HashMap<>(IsfDriver.newIsf("Iain Ross", null));
        request.put("reviewIntervalMonths", 6);
        String isf = drive.activeIsf(request, provider);
        assertThat(inbox.find(TaskQuery.open().forBusinessKey(isf)
                .atElement(IsfProcess.REVIEW_ISF))).isEmpty();
        awaitPassed(isf, IsfProcess.ACTIVATE_AGREEMENT, 1);

        engine.passTime(Duration.ofDays(186));

        long review = drive.awaitTask(isf, IsfProcess.REVIEW_ISF);
        assertThat(inbox.get(review).variables().get("reviewWhy").toString()).contains("the scheduled review was due");
        drive.awaitStatus(isf, "UNDER_REVIEW");
        api.as(Callers.socialWorker()).post("/api/isfs/" + isf + "/review-decision", Map.of("changeBudget", false,
                "notes", "Iain is happy with his support; no change.")).expect(200);
        JsonNode reviewed = drive.awaitStatus(isf, "ACTIVE");
        assertThat(reviewed.path("agreements")).hasSize(1);
        JsonNode plan = api.as(Callers.person("Iain Ross")).get("/api/isfs/" + isf + "/support-plan").body();
        assertThat(plan.path("reviews")).hasSize(1);
        assertThat(plan.path("reviews").get(0).path("reason").asText()).isEqualTo("ANNUAL");
        assertThat(plan.path("reviews").get(0).path("reviewedBy").asText()).isEqualTo("sam.social");
    }

    @Test
    void theBalanceIsCarriedOverWhenThePersonChangesProviderAfterNotice() {
        String first = drive.admittedProvider("Lossie Home Support");
        String second = drive.admittedProvider("Buckie Community Care");
        String isf = drive.activeIsf("Elspeth Cowie", first);
        drive.statement(isf, first, "LHS-1", drive.firstMonth(isf), 900, 38).expect(201);
        assertThat(drive.awaitStatus(isf, "ACTIVE").path("status").asText()).isEqualTo("ACTIVE");

        api.as(Callers.person("Elspeth Cowie")).post("/api/isfs/" + isf + "/provider-change", Map.of(
                "providerReference", second, "inOwnWords", "Buckie staff speak Doric like me.",
                "helpedBy", "CARER", "helperName", "Jean Cowie")).expect(202);
        drive.accept(isf, second);
        drive.signByEveryone(isf + "-A2", "Elspeth Cowie", second);
        drive.awaitStatus(isf, "CHANGING_PROVIDER");
        assertThat(api.as(Callers.socialWorker()).get("/api/isfs/" + isf).body().path("currentProviderReference")
                .asText()).isEqualTo(first);

        JsonNode onNotice = api.as(Callers.socialWorker()).get("/api/isfs/" + isf).body().path("agreements");
        LocalDate lastDayWithFirst = LocalDate.parse(onNotice.get(0).path("endsOn").asText());
        assertThat(onNotice.get(1).path("startsOn").asText()).isEqualTo(lastDayWithFirst.plusDays(1).toString());
        assertThat(lastDayWithFirst.plusDays(1)).isEqualTo(LocalDate.parse(drive.firstMonth(isf)).plusMonths(1));

        awaitPassed(isf, IsfProcess.AGREEMENT_SIGNED, 2);
        engine.passTime(Duration.ofDays(31));

        JsonNode moved = drive.awaitStatus(isf, "ACTIVE");
        assertThat(moved.path("currentProviderReference").asText()).isEqualTo(second);
        assertThat(moved.path("agreements").get(0).path("status").asText()).isEqualTo("ENDED");
        assertThat(moved.path("agreements").get(1).path("carriedOverBalance").decimalValue())
                .isEqualByComparingTo("100");
        JsonNode ledger = api.as(Callers.provider(second)).get("/api/isfs/" + isf + "/ledger").expect(200).body();
        assertThat(ledger.path("carriedOverBalance").decimalValue()).isEqualByComparingTo("100");
        assertThat(ledger.path("bankedBalance").decimalValue()).isEqualByComparingTo("100");
        assertThat(register.get(isf + "-A1").contract().endDate()).isNotNull();
    }

    @Test
    void aChangeOfProviderWhoseRequestCommitsAfterTheNoticeStepHasStartedKeepsTheNewChoice() throws Exception {
        String first = drive.admittedProvider("Nairn Home Care");
        String second = drive.admittedProvider("Cullen Support Services");
        String isf = drive.activeIsf("Ishbel MacRae", first);

        // The engine hears of the change before the request has committed, as on a busy server: the notice step
        // must wait for the request, or the request's commit writes the first provider back as the one chosen.
        lateCommit.commitOnceAnotherWaits(() -> changes.requestProviderChange(isf, new ProviderChoice(second,
                "Cullen is nearer my daughter.", ChoiceHelper.NOBODY, null), Callers.person("Ishbel MacRae")));

        drive.accept(isf, second);
        JsonNode changing = drive.awaitStatus(isf, "CHANGING_PROVIDER");
        assertThat(changing.path("choice").path("providerReference").asText()).isEqualTo(second);
        assertThat(changing.path("choice").path("inOwnWords").asText()).isEqualTo("Cullen is nearer my daughter.");
        assertThat(changing.path("currentProviderReference").asText()).isEqualTo(first);
    }

    @Test
    void aLegalRepresentativeSignsForThePersonOnTheirRecordedAuthority() throws Exception {
        String provider = drive.admittedProvider("Forres Supported Living");
        Map<String, Object> attorney = Map.of("name", "Fiona Brodie", "userId", "fiona.brodie",
                "email", "fiona@example.org", "authority", "POWER_OF_ATTORNEY", "authorityReference", "OPG-2019-44871");
        String isf = drive.open(IsfDriver.newIsf("Donald Brodie", attorney));
        drive.awaitTask(isf, IsfProcess.RECORD_CHOICE);
        drive.choose(isf, Callers.representative("fiona.brodie"), provider);
        drive.accept(isf, provider);

        String agreement = isf + "-A1";
        String sha = drive.awaitSignable(agreement);
        assertThat(documentText(agreement)).contains("Fiona Brodie signs for Donald Brodie as their attorney under "
                + "a power of attorney (reference OPG-2019-44871).");
        Map<String, Object> forDonald = Map.of("signatoryRole", "supported-person", "signedBy", "Fiona Brodie",
                "documentSha256", sha, "onBehalfOf", "Donald Brodie", "authority", "POWER_OF_ATTORNEY");
        // Nobody signed in, another person's attorney, another supported person and another provider are refused,
        // even with the document's fingerprint.
        api.post("/api/contracts/" + agreement + "/signatures", forDonald).expect(401);
        assertThat(api.as(new SignedInPerson("someone.else", "Someone Else", Set.of(Role.REPRESENTATIVE), null,
                "hamish.dunn")).post("/api/contracts/" + agreement + "/signatures", forDonald).expect(403).body()
                .path("detail").asText()).contains("Only the signatories named on contract " + agreement);
        api.as(Callers.person("Hamish Dunn")).post("/api/contracts/" + agreement + "/signatures", forDonald)
                .expect(403);
        String rival = drive.admittedProvider("Rival Supported Living");
        api.as(Callers.provider(rival)).post("/api/contracts/" + agreement + "/signatures", Map.of(
                "signatoryRole", "provider", "signedBy", "Pat Provider", "documentSha256", sha)).expect(403);
        // The provider signs for itself only: not for the person.
        assertThat(api.as(Callers.provider(provider)).post("/api/contracts/" + agreement + "/signatures", forDonald)
                .expect(403).body().path("detail").asText()).contains("can sign for the supported-person");
        api.as(Callers.representative("fiona.brodie")).post("/api/contracts/" + agreement + "/signatures", forDonald)
                .expect(200);
        drive.sign(agreement, Callers.provider(provider), "provider", sha);
        drive.sign(agreement, Callers.socialWorker(), "council", sha);
        assertThat(audit.search("contract", agreement, "contract.signed", null, 0, 10).getContent())
                .extracting(AuditedDecision::who).containsExactlyInAnyOrder("fiona.brodie", "pat.provider",
                        "sam.social");

        drive.awaitStatus(isf, "ACTIVE");
        SignatoryView person = contracts.get(agreement).signatories().stream()
                .filter(s -> s.role().equals("supported-person")).findFirst().orElseThrow();
        assertThat(person.signedBy()).isEqualTo("Fiona Brodie");
        assertThat(person.onBehalfOf()).isEqualTo("Donald Brodie");
        assertThat(person.authority()).isEqualTo("POWER_OF_ATTORNEY");
        JsonNode seenByAttorney = api.as(Callers.representative("fiona.brodie")).get("/api/isfs/" + isf)
                .expect(200).body();
        assertThat(seenByAttorney.path("representative").path("authorityReference").asText())
                .isEqualTo("OPG-2019-44871");
    }

    @Test
    void aStatementDeliveredTwiceIsCountedOnce() {
        String provider = drive.admittedProvider("Keith Care Partnership");
        String isf = drive.activeIsf("Alasdair Reid", provider);
        String month = drive.firstMonth(isf);

        JsonNode first = drive.statement(isf, provider, "KCP-0042", month, 950, 40).expect(201).body();
        JsonNode again = drive.statement(isf, provider, "KCP-0042", month, 950, 40).expect(200).body();
        assertThat(first.path("duplicate").asBoolean()).isFalse();
        assertThat(again.path("duplicate").asBoolean()).isTrue();

        JsonNode ledger = api.as(Callers.person("Alasdair Reid")).get("/api/isfs/" + isf + "/ledger").expect(200)
                .body();
        assertThat(ledger.path("spentToDate").decimalValue()).isEqualByComparingTo("950");
        assertThat(ledger.path("bankedBalance").decimalValue()).isEqualByComparingTo("50");
        assertThat(drive.statement(isf, provider, "KCP-0042", month, 990, 40).expect(409).body().path("detail")
                .asText()).contains("already received with different details");
    }

    @Test
    void spendFarUnderTheBudgetOpensAReviewThatKeepsTheBudget() {
        String provider = drive.admittedProvider("Lhanbryde Home Help");
        String isf = drive.activeIsf("Jessie Innes", provider);

        drive.statement(isf, provider, "LHH-01", drive.firstMonth(isf), 600, 20).expect(201);

        long review = drive.awaitTask(isf, IsfProcess.REVIEW_ISF);
        assertThat(inbox.get(review).variables().get("reviewWhy").toString())
                .contains("well below the budget").contains("40.0% under");
        assertThat(drive.statement(isf, provider, "LHH-02", drive.firstMonth(isf), 10, 1).expect(201).body()
                .path("duplicate").asBoolean()).isFalse();
        api.as(Callers.socialWorker()).post("/api/isfs/" + isf + "/review-decision", Map.of("changeBudget", false,
                "notes", "Jessie was in hospital for two weeks; the hours are banked for when she is home.")).expect(200);
        JsonNode kept = drive.awaitStatus(isf, "ACTIVE");
        assertThat(kept.path("agreements")).hasSize(1);
        JsonNode ledger = api.as(Callers.person("Jessie Innes")).get("/api/isfs/" + isf + "/ledger").body();
        assertThat(ledger.path("bankedBalance").decimalValue()).isEqualByComparingTo("390");
        assertThat(ledger.path("bankedHours").decimalValue()).isEqualByComparingTo("22.33");
    }

    @Test
    void aProviderThatDeclinesOrFailsFairWorkSendsThePersonBackToChoose() {
        String declining = drive.admittedProvider("Full Up Care");
        String lowPay = drive.admittedProvider("Budget Home Care");
        String isf = drive.open(IsfDriver.newIsf("Ewan Pirie", null));
        drive.awaitTask(isf, IsfProcess.RECORD_CHOICE);
        drive.choose(isf, Callers.person("Ewan Pirie"), declining);
        drive.awaitTask(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        api.as(Callers.provider(lowPay)).post("/api/isfs/" + isf + "/provider-answer",
                IsfDriver.fairWorkAnswer(13.45)).expect(404);
        Map<String, Object> decline = new java.util.HashMap<>(IsfDriver.fairWorkAnswer(13.45));
        decline.put("accepted", false);
        decline.put("notes", "We have no staff free in Ewan's area until spring.");
        api.as(Callers.provider(declining)).post("/api/isfs/" + isf + "/provider-answer", decline).expect(200);

        drive.awaitTask(isf, IsfProcess.RECORD_CHOICE);
        assertThat(drive.awaitStatus(isf, "AWAITING_CHOICE").path("status").asText()).isEqualTo("AWAITING_CHOICE");
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(containing("Full Up Care cannot hold your fund. They said: We have no staff free")));
        drive.choose(isf, Callers.person("Ewan Pirie"), lowPay);
        drive.awaitTask(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        api.as(Callers.provider(lowPay)).post("/api/isfs/" + isf + "/provider-answer",
                IsfDriver.fairWorkAnswer(10.50)).expect(200);

        drive.awaitTask(isf, IsfProcess.RECORD_CHOICE);
        long key = drive.awaitStatus(isf, "AWAITING_CHOICE").path("processInstanceKey").asLong();
        assertThat(engine.completedElements(key)).contains(IsfProcess.PROVIDER_UNAVAILABLE)
                .doesNotContain(IsfProcess.PREPARE_AGREEMENT);
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/notifications/messages"))
                .withRequestBody(containing("Budget Home Care cannot hold your fund because it does not meet")));
    }

    @Test
    void aPersonSeesTheirOwnFundAndNobodyElses() {
        String provider = drive.admittedProvider("Nairn Home Care");
        String mine = drive.open(IsfDriver.newIsf("Kirsty Main", null));
        String theirs = drive.open(IsfDriver.newIsf("Hamish Dunn", null));

        api.as(Callers.person("Kirsty Main")).get("/api/isfs/" + mine).expect(200);
        JsonNode refused = api.as(Callers.person("Kirsty Main")).get("/api/isfs/" + theirs).expect(404).body();
        assertThat(refused.path("detail").asText()).contains("no individual service fund " + theirs);
        api.as(Callers.person("Kirsty Main")).get("/api/isfs/" + theirs + "/ledger").expect(404);
        api.as(Callers.person("Kirsty Main")).get("/api/isfs/" + theirs + "/support-plan").expect(404);
        api.as(Callers.provider(provider)).get("/api/isfs/" + theirs).expect(404);
        api.as(Callers.representative("someone.else")).get("/api/isfs/" + mine).expect(404);
        assertThat(api.as(Callers.person("Kirsty Main")).get("/api/isfs").expect(200).body())
                .extracting(node -> node.path("reference").asText()).containsExactly(mine);

        drive.awaitTask(mine, IsfProcess.RECORD_CHOICE);
        api.as(Callers.person("Hamish Dunn")).post("/api/isfs/" + mine + "/choice", Map.of(
                "providerReference", provider, "inOwnWords", "Not mine to choose.", "helpedBy", "NOBODY"))
                .expect(404);
        assertThat(api.as(Callers.person("Kirsty Main")).post("/api/isfs", IsfDriver.newIsf("Kirsty Main", null))
                .expect(403).body().path("detail").asText()).contains("Your role does not allow this");
        assertThat(api.as(Callers.person("Kirsty Main")).post("/api/isfs/" + mine + "/statements", Map.of(
                "statementId", "X", "periodStart", "2026-01-01", "amountSpent", 1, "hoursDelivered", 1))
                .expect(403).body().path("detail").asText()).contains("Your role does not allow this");
        assertThat(api.get("/api/isfs/" + mine).expect(401).body().path("detail").asText()).contains("Sign in");
        // Another council's staff do not know the fund exists; its own commissioner sees it but does not direct it.
        api.as("hilda.highland", "HIGHLAND-HSCP", Role.SOCIAL_WORKER).get("/api/isfs/" + mine).expect(404);
        assertThat(api.as("hilda.highland", "HIGHLAND-HSCP", Role.SOCIAL_WORKER).get("/api/isfs").expect(200)
                .body()).extracting(node -> node.path("reference").asText()).doesNotContain(mine, theirs);
        api.as(Callers.commissioner()).get("/api/isfs/" + mine).expect(200);
        assertThat(api.as(Callers.commissioner()).post("/api/isfs/" + mine + "/choice", Map.of(
                "providerReference", provider, "inOwnWords", "Not mine to choose.", "helpedBy", "NOBODY"))
                .expect(403).body().path("detail").asText()).contains("Your role does not allow this");
    }

    @Test
    void movingToAnotherCouncilClosesTheFundAndTheSupportPlanTravels() {
        String provider = drive.admittedProvider("Banff Support Services");
        String isf = drive.activeIsf("Catriona Bell", provider);

        api.as(Callers.person("Catriona Bell")).post("/api/isfs/" + isf + "/ending", Map.of(
                "how", "MOVED_TO_ANOTHER_COUNCIL", "movingTo", "Highland Council",
                "reason", "Moving to Inverness to be near my daughter.")).expect(202);

        JsonNode closed = drive.awaitStatus(isf, "CLOSED");
        assertThat(closed.path("movedTo").asText()).isEqualTo("Highland Council");
        engine.awaitCompleted(closed.path("processInstanceKey").asLong());
        JsonNode plan = api.as(Callers.person("Catriona Bell")).get("/api/isfs/" + isf + "/support-plan")
                .expect(200).body();
        assertThat(plan.path("outcomes")).hasSize(3);
        assertThat(plan.path("movedTo").asText()).isEqualTo("Highland Council");
        assertThat(plan.path("choice").path("inOwnWords").asText()).contains("allotment");
        assertThat(register.get(isf + "-A1").contract().endDate()).isNotNull();
    }

    @Test
    void aChangeInNeedsReportedByTheProviderOpensAReviewAndPolicyIsVersioned() {
        String provider = drive.admittedProvider("Spey Valley Care");
        String isf = drive.activeIsf("Ruaridh Munro", provider);
        assertThat(api.as(Callers.provider(provider)).post("/api/isfs/" + isf + "/needs-changes", Map.of(
                "description", "Ruaridh had a fall and now needs help getting up in the morning.")).expect(202)
                .body().path("reviewAskedFor").asBoolean()).isTrue();
        long review = drive.awaitTask(isf, IsfProcess.REVIEW_ISF);
        assertThat(inbox.get(review).variables().get("reviewWhy").toString()).contains("needs changed")
                .contains("had a fall");

        Map<String, Object> version = Map.of("effectiveFrom", "2090-04-01", "overspendReviewPercent", 15,
                "underspendReviewPercent", 30, "providerChangeNoticeDays", 21, "reviewIntervalMonths", 12,
                "signingDeadlineDays", 14, "reason", "Council policy review 2090");
        api.as(Callers.socialWorker()).post("/api/isf-policies", version).expect(403);
        api.as(Callers.commissioner()).post("/api/isf-policies", version).expect(403);
        api.as(Callers.administrator()).post("/api/isf-policies", version).expect(201);
        api.as(Callers.administrator()).post("/api/isf-policies", version).expect(409);
        assertThat(api.as(Callers.commissioner()).get("/api/isf-policies").expect(200).body())
                .extracting(node -> node.path("effectiveFrom").asText()).contains("2020-04-01", "2090-04-01");
    }

    /**
     * Waits until the process has gone past the element that many times, so that the timers which follow it exist
     * before the engine clock is moved: time passed before a timer is created does not count towards it.
     */
    private void awaitPassed(String isf, String elementId, int times) {
        long key = api.as(Callers.socialWorker()).get("/api/isfs/" + isf).body().path("processInstanceKey").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.completedElements(key).stream()
                .filter(elementId::equals).count() >= times);
    }

    private String documentText(String reference) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(
                new ByteArrayInputStream(contracts.content(reference)));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }
}
