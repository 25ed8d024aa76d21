package scot.commissioningflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.audit.AuditedDecision;
import scot.commissioningflow.contracts.ContractEnded;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractWentLive;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.frameworks.DatastoreUpload;
import scot.commissioningflow.frameworks.Frameworks;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LostProcesses;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.referencedata.ReferenceData;
import scot.commissioningflow.tasks.TaskView;
import scot.commissioningflow.testing.OwnEngine;

/**
 * Proportionate monitoring on the real engine with its clock moved: a live contract enters monitoring once, its tier
 * sets how often it is reviewed, a worse grade imported brings the next review forward, a return short on hours is a
 * finding, a missed improvement plan ends in default and suspension, and people's words come back as they said them.
 * Its own context and database: its journeys move the clock on by years, past the bank holidays the shared journeys'
 * deadlines are worked out from.
 */
@OwnEngine
class ContractMonitoringJourneyTest extends JourneyTest {

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        aDatabaseOfItsOwn(registry, "monitoring");
    }

    private static final SignedInPerson LEAD = new SignedInPerson("morag.lead", "Morag Lead",
            Set.of(Role.PROCUREMENT_LEAD), "SCOTLAND-EXCEL", null);
    private static final java.util.concurrent.atomic.AtomicLong NUMBERS = new java.util.concurrent.atomic.AtomicLong();

    @Autowired
    private ContractRegister register;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ReferenceData referenceData;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private Frameworks frameworks;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private LostProcesses lostProcesses;
    @Autowired
    private java.time.Clock clock;

    @Value("${local.server.port}")
    private int port;

    @Test
    void aLowRiskContractGetsOneLightReviewAYearAndEntersMonitoringOnce() {
        Monitored contract = goesLive("Glenmore Care", 5);
        JsonNode tiered = officer().get(path(contract)).expect(200).body();
        assertThat(tiered.path("tier").asText()).isEqualTo("LOW");
        assertThat(tiered.path("reviewType").asText()).isEqualTo("DESK_REVIEW");
        assertThat(tiered.path("reviewIntervalMonths").asInt()).isEqualTo(12);
        assertThat(tiered.path("tierReason").asText()).startsWith("Good grades");
        long processKey = processKey(contract);

        // The event delivered again (a retry after a lost acknowledgement) starts no second monitoring process.
        ContractEntry entry = register.get(contract.reference()).contract();
        committed(() -> events.publishEvent(new ContractWentLive(entry, Instant.now())));
        engine.settle();
        assertThat(processKey(contract)).isEqualTo(processKey);

        engine.passTime(Duration.ofDays(364));
        assertThat(reviews(contract)).isEmpty();
        engine.passTime(Duration.ofDays(2));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);

        provider(contract).post(path(contract) + "/returns", aReturn("100", "99", List.of())).expect(200);
        rate(contract, "GOOD");
        awaitView(contract, view -> !view.path("reviews").get(0).path("reviewedAt").isNull());

        // A year on the clock again, less a month: the one review done was the year's only review.
        engine.passTime(Duration.ofDays(330));
        assertThat(reviews(contract)).hasSize(1);
        assertThat(findings(contract)).isEmpty();
        JsonNode low = officer().get("/api/monitoring/workload").expect(200).body().get(2);
        assertThat(low.path("tier").asText()).isEqualTo("LOW");
        assertThat(low.path("reviewsDone").asInt()).isPositive();
        assertThat(low.path("hoursSpent").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void aDowngradeInTheImportedGradesShortensTheCycleAtOnce() {
        Monitored contract = goesLive("Strathspey Support", 5);
        JsonNode before = officer().get(path(contract)).expect(200).body();
        assertThat(before.path("tier").asText()).isEqualTo("LOW");
        Instant dueBefore = Instant.parse(before.path("nextReviewDue").asText());

        DatastoreUpload.upload(port, LEAD, "datastore.csv", datastoreWith(contract, 2)).expect(200);
        JsonNode after = awaitView(contract, view -> view.path("tier").asText().equals("HIGH"));
        assertThat(after.path("reviewType").asText()).isEqualTo("VISIT");
        assertThat(after.path("tierReason").asText()).contains("graded weak or unsatisfactory")
                .contains("lowest Care Inspectorate grade 2");
        assertThat(Instant.parse(after.path("nextReviewDue").asText())).isBefore(dueBefore.minus(Duration.ofDays(200)));
        awaitPlanned(contract, 2);

        // Three months, not twelve: the review comes on the new cycle, and only one is open.
        engine.passTime(Duration.ofDays(93));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
        assertThat(reviews(contract).getFirst().path("reviewType").asText()).isEqualTo("VISIT");
    }

    @Test
    void aReturnShortOnHoursRaisesAFindingAndAMissedPlanEndsInDefaultAndSuspension() {
        Monitored contract = goesLive("Badenoch Home Care", 5);
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);

        provider(contract).post(path(contract) + "/returns", aReturn("100", "80", List.of())).expect(200);
        TaskView review = awaitTask(contract.reference(), MonitoringProcess.REVIEW_CONTRACT);
        assertThat(review.variables().get("returnSummary").toString())
                .contains("Delivered 80 of 100 planned hours, 20.0% short, beyond the 5% tolerance.");
        assertThat(findings(contract)).anySatisfy(f -> assertThat(f.path("source").asText()).isEqualTo("RETURN"));

        officer().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("rating", "WEAK",
                "officerNotes", "Hours short two months running; rota gaps at weekends.", "officerHours", 3.5))
                .expect(200);
        TaskView plan = awaitTask(contract.reference(), MonitoringProcess.AGREE_IMPROVEMENT_PLAN);
        officer().post("/api/tasks/" + plan.taskKey() + "/complete", Map.of("improvementActions",
                "Fill the weekend rota; report hours weekly.", "improvementDueInDays", 28)).expect(200);
        assertThat(awaitView(contract, v -> true).path("standing").asText()).isEqualTo("IMPROVEMENT_PLAN");

        engine.passTime(Duration.ofDays(27));
        assertThat(inbox.find(scot.commissioningflow.tasks.TaskQuery.open().forBusinessKey(contract.reference())
                .atElement(MonitoringProcess.FOLLOW_UP_PLAN))).isEmpty();
        engine.passTime(Duration.ofDays(2));
        TaskView followUp = awaitTask(contract.reference(), MonitoringProcess.FOLLOW_UP_PLAN);
        officer().post("/api/tasks/" + followUp.taskKey() + "/complete", Map.of("planOutcome", "NOT_MET",
                "followUpNotes", "Weekend gaps continue.")).expect(200);

        JsonNode inDefault = awaitView(contract, view -> view.path("standing").asText().equals("IN_DEFAULT"));
        assertThat(inDefault.path("findings")).anySatisfy(f -> assertThat(f.path("source").asText())
                .isEqualTo("ESCALATION"));
        await().atMost(EngineHarness.PATIENCE).until(() -> frameworks.suspended(contract.frameworkReference(),
                contract.provider()));
        AuditedDecision recorded = audit.search("contract", contract.reference(),
                "monitoring.improvement-plan-followed-up", null, 0, 10).getContent().getFirst();
        assertThat(recorded.who()).isEqualTo("eilidh.officer");
        assertThat(recorded.why()).isEqualTo("NOT_MET: Weekend gaps continue.");
    }

    @Test
    void aPersonsOutcomeWordsComeBackUnchanged() {
        Monitored contract = goesLive("Cùram Bhàideanach", 5);
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
        String words = "Tha mi a’ faireachdainn sàbhailte 😊 — I go to the café on Tuesdays.\n"
                + "=SUM(A1:A9) {{name}} ${x} <b>not bold</b>";
        provider(contract).post(path(contract) + "/returns", aReturn("40", "40", List.of(Map.of(
                "personReference", "P-0042", "category", "FEELING_SAFE", "spokenBy", "PERSON", "words", words),
                Map.of("personReference", "P-0042", "category", "HAVING_THINGS_TO_DO", "spokenBy", "PERSON",
                        "words", "The café on Tuesdays", "met", "MET"),
                Map.of("personReference", "P-0043", "category", "HAVING_THINGS_TO_DO", "spokenBy", "CARER",
                        "words", "Not since the day centre shut", "met", "NOT_MET")))).expect(200);

        JsonNode outcomes = officer().get(path(contract) + "/outcomes").expect(200).body();
        assertThat(outcomes.path("outcomes").get(0).path("words").asText()).isEqualTo(words);
        assertThat(outcomes.path("outcomes").get(0).path("spokenBy").asText()).isEqualTo("PERSON");
        assertThat(outcomes.path("reportedByCategory").path("FEELING_SAFE").asInt()).isEqualTo(1);
        assertThat(outcomes.path("contractedOutcomes").get(0).path("outcome").asText())
                .isEqualTo("People feel safe at home");
        // The indicator with a figure is compared with the share met; the one in words stays in words.
        JsonNode inWords = outcomes.path("comparisons").get(0);
        assertThat(inWords.path("verdict").asText()).isEqualTo("IN_WORDS");
        JsonNode thingsToDo = outcomes.path("comparisons").get(1);
        assertThat(thingsToDo.path("category").asText()).isEqualTo("HAVING_THINGS_TO_DO");
        assertThat(thingsToDo.path("targetPercent").decimalValue()).isEqualByComparingTo("75");
        assertThat(thingsToDo.path("peopleReported").asInt()).isEqualTo(2);
        assertThat(thingsToDo.path("reportedPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(thingsToDo.path("verdict").asText()).isEqualTo("NOT_MET");
        // Another provider cannot read them, nor learn that the contract exists.
        api.as("other.provider", "PRV-OTHER", Role.PROVIDER_USER).get(path(contract) + "/outcomes").expect(404);
        assertThat(provider(contract).get(path(contract)).expect(200).body().path("tier").asText())
                .isEqualTo("LOW");
    }

    @Test
    void aContractWhoseProcessNeverStartedGetsItWhenItsEventIsDeliveredAgain() {
        // As a start that failed leaves it: the row committed, no process (the engine was down).
        ContractEntry entry = new ContractEntry("MON-" + UUID.randomUUID().toString().substring(0, 8),
                ContractKind.COLLABORATION_GRANT, "Befriending in Strathspey", "PRV-NOT-REGISTERED",
                "Strathspey Befrienders", "Highland HSCP", LocalDate.now(), null, new BigDecimal("20000.00"), null,
                List.of(), null);
        committed(() -> jdbc.update("insert into monitored_contract (contract_reference, kind, title, "
                + "provider_reference, provider_name, commissioner, annual_value, entered_at, cycle_started_at, "
                + "standing) values (?, ?, ?, ?, ?, ?, ?, now(6), now(6), 'MONITORED')", entry.reference(),
                entry.kind().name(), entry.title(), entry.providerReference(), entry.providerName(),
                entry.commissioner(), entry.annualValue()));
        committed(() -> events.publishEvent(new ContractWentLive(entry, Instant.now())));
        Monitored contract = new Monitored(entry.reference(), entry.providerReference(), null, null, null,
                entry.providerName());
        JsonNode tiered = awaitView(contract, view -> !view.path("tier").isNull() && !view.path("tier").isMissingNode());
        assertThat(tiered.path("tierReason").asText()).contains("no Care Inspectorate grade held");
        long processKey = processKey(contract);

        committed(() -> events.publishEvent(new ContractWentLive(entry, Instant.now())));
        engine.settle();
        assertThat(processKey(contract)).isEqualTo(processKey);
    }

    @Test
    void aContractEndedBeforeItsGoingLiveIsDeliveredHasItsMonitoringEndedAllTheSame() {
        // As when its end is delivered first: in the register, but not yet entered into monitoring.
        String reference = "MON-" + UUID.randomUUID().toString().substring(0, 8);
        committed(() -> jdbc.update("insert into contract_register (reference, kind, title, provider_name, "
                + "commissioner, start_date, annual_value, outcomes, variations, registered_at) values (?, "
                + "'COLLABORATION_GRANT', 'Lunch club in Kingussie', 'Kingussie Neighbours', 'Highland HSCP', ?, "
                + "15000.00, '[]', '[]', now(6))", reference, LocalDate.now()));
        committed(() -> events.publishEvent(new ContractEnded(reference, LocalDate.now())));
        Monitored contract = new Monitored(reference, null, null, null, null, "Kingussie Neighbours");
        await().atMost(EngineHarness.PATIENCE).until(() -> jdbc.queryForObject("select count(*) from monitored_contract"
                + " where contract_reference = ? and process_instance_key is not null", Long.class, reference) == 1);
        long processKey = processKey(contract);
        await().atMost(EngineHarness.PATIENCE).until(() -> engine.completedElements(processKey),
                done -> done.contains(MonitoringProcess.MONITORING_ENDED));

        // Its going live, delivered now, starts no monitoring after the end.
        ContractEntry entry = register.get(reference).contract();
        committed(() -> events.publishEvent(new ContractWentLive(entry, Instant.now())));
        engine.settle();
        assertThat(processKey(contract)).isEqualTo(processKey);
    }

    @Test
    void aReturnNotSentByItsDueDayIsRemindedThenFoundNotReceivedAndTheReviewGoesOnToTheOfficer() {
        Monitored contract = goesLive("Glen Feshie Care", 5);
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
        JsonNode review = reviews(contract).getFirst();
        LocalDate due = LocalDate.parse(review.path("returnDue").asText());
        assertThat(due).isEqualTo(LocalDate.ofInstant(Instant.parse(review.path("requestedAt").asText())
                .plus(Duration.ofDays(28)), java.time.ZoneOffset.UTC));
        assertThat(provider(contract).get(path(contract)).expect(200).body().path("reviews").get(0)
                .path("returnDue").asText()).isEqualTo(due.toString());
        String reminder = "monitoring-return-reminder/" + review.path("returnKey").asText();

        engine.passTime(Duration.ofDays(22));
        assertThat(notificationsSent(reminder)).isZero();
        engine.passTime(Duration.ofDays(2));
        await().atMost(EngineHarness.PATIENCE).until(() -> notificationsSent(reminder) == 1);
        assertThat(findings(contract)).isEmpty();

        engine.passTime(Duration.ofDays(5));
        TaskView officer = awaitTask(contract.reference(), MonitoringProcess.REVIEW_CONTRACT);
        assertThat(officer.variables().get("returnSummary").toString()).startsWith("No monitoring return was "
                + "received by");
        assertThat(findings(contract)).singleElement().satisfies(f -> assertThat(f.path("description").asText())
                .startsWith("No monitoring return was received by"));
        // Too late now: the review went on without it, and says so in words.
        assertThat(provider(contract).post(path(contract) + "/returns", aReturn("100", "100", List.of()))
                .expect(409).body().toString()).contains("has gone on without it");
        assertThat(notificationsSent(reminder)).isEqualTo(1);
    }

    @Test
    void aFindingOnALowContractBringsTheNextReviewForward() {
        Monitored contract = goesLive("Kincraig Home Support", 5, new BigDecimal("500000.00"));
        JsonNode before = officer().get(path(contract)).expect(200).body();
        assertThat(before.path("tier").asText()).isEqualTo("LOW");
        assertThat(before.path("tierReason").asText()).contains("(risk score 25");
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);

        provider(contract).post(path(contract) + "/returns", aReturn("100", "80", List.of())).expect(200);
        rate(contract, "ADEQUATE");
        JsonNode after = awaitView(contract, view -> view.path("tier").asText().equals("MEDIUM"));
        assertThat(after.path("tierReason").asText()).contains("1 findings this year");
        // Six months from the review rather than twelve, and still one cycle.
        Instant reviewed = Instant.parse(after.path("reviews").get(0).path("reviewedAt").asText());
        assertThat(Instant.parse(after.path("nextReviewDue").asText()))
                .isBefore(reviewed.plus(Duration.ofDays(190))).isAfter(reviewed.plus(Duration.ofDays(175)));
        awaitPlanned(contract, 2);
        engine.passTime(Duration.ofDays(186));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 2);
    }

    @Test
    void anUpheldComplaintRecordedByTheOfficerBringsTheNextReviewForwardAtOnce() {
        Monitored contract = goesLive("Insh Care Partnership", 5, new BigDecimal("500000.00"));
        JsonNode before = officer().get(path(contract)).expect(200).body();
        assertThat(before.path("tier").asText()).isEqualTo("LOW");
        Instant dueBefore = Instant.parse(before.path("nextReviewDue").asText());
        String words = "Mam waited till eleven for her breakfast, trì tursan =HYPERLINK(\"x\") {{name}}";

        officer().post(path(contract) + "/complaints", Map.of("receivedOn", LocalDate.now().toString(),
                "summary", words, "status", "UNDER_INVESTIGATION")).expect(200);
        engine.settle();
        assertThat(officer().get(path(contract)).expect(200).body().path("tier").asText()).isEqualTo("LOW");
        long id = officer().get(path(contract)).expect(200).body().path("complaints").get(0).path("id").asLong();
        officer().post(path(contract) + "/complaints/" + id, Map.of("status", "UPHELD", "outcome",
                "Breakfast calls moved to before nine.")).expect(200);

        JsonNode after = awaitView(contract, view -> view.path("tier").asText().equals("MEDIUM"));
        assertThat(after.path("tierReason").asText()).contains("1 complaints upheld by the council this year");
        assertThat(Instant.parse(after.path("nextReviewDue").asText())).isBefore(dueBefore.minus(Duration.ofDays(150)));
        assertThat(after.path("complaints").get(0).path("summary").asText()).isEqualTo(words);
        awaitPlanned(contract, 2);

        // The provider learns that a complaint was upheld, not what the complainant said.
        JsonNode seen = provider(contract).get(path(contract)).expect(200).body().path("complaints").get(0);
        assertThat(seen.path("status").asText()).isEqualTo("UPHELD");
        assertThat(seen.path("summary").isNull()).isTrue();
        assertThat(seen.path("outcome").isNull()).isTrue();
        provider(contract).post(path(contract) + "/complaints", Map.of("receivedOn", LocalDate.now().toString(),
                "summary", "x", "status", "UPHELD")).expect(403);
        officer().post(path(contract) + "/complaints", Map.of("receivedOn", "2026-02-31", "summary", "",
                "status", "UPHELD")).expect(400);
    }

    @Test
    void aContractWaitingForItsReviewResumesWithItsTimerFromTheStoredDateAfterTheEngineLostIt() {
        Monitored contract = goesLive("Kingussie Care", 5);
        Instant due = Instant.parse(officer().get(path(contract)).expect(200).body().path("nextReviewDue").asText());
        LostProcesses.Lost lost = lose(contract);
        assertThat(lost.record().step()).isEqualTo(MonitoringProcess.WAIT_FOR_REVIEW);
        long resumed = lostProcesses.resume(lost);
        assertThat(processKey(contract)).isEqualTo(resumed);
        assertThat(engine.completedElements(resumed)).doesNotContain(MonitoringProcess.PLAN_REVIEWS);

        // The timer counts to the stored date, not a fresh interval from now: a day short of it, no review yet.
        engine.passTime(Duration.between(clock.instant(), due).minus(Duration.ofDays(1)));
        assertThat(reviews(contract)).isEmpty();
        engine.passTime(Duration.ofDays(2));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
        assertThat(engine.incidents(resumed)).isEmpty();
    }

    @Test
    void aReviewDateThatPassedWhileTheEngineWasDownBringsTheReviewAtOnce() {
        Monitored contract = goesLive("Aviemore Home Support", 5);
        // The stored date has passed, as if the engine had been down over it.
        committed(() -> jdbc.update("update monitored_contract set next_review_due = ? where contract_reference = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(3))), contract.reference()));

        LostProcesses.Lost lost = lose(contract);
        assertThat(lost.record().step()).isEqualTo(MonitoringProcess.WAIT_FOR_REVIEW);
        lostProcesses.resume(lost);
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
    }

    @Test
    void aReviewInProgressWhenTheEngineLostItIsListedForAnOfficerWithTheReason() {
        Monitored contract = goesLive("Carrbridge Care", 5);
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);

        RecordInFlight record = lose(contract).record();
        assertThat(record.resumable()).isFalse();
        assertThat(record.step()).isEqualTo(MonitoringProcess.REVIEW);
        assertThat(record.cannotResume()).contains("Review 1").contains("second return");
    }

    @Test
    void anImprovementPlanAwaitingItsFollowUpWhenTheEngineLostItIsListedForAnOfficer() {
        Monitored contract = goesLive("Boat of Garten Care", 5);
        engine.passTime(Duration.ofDays(366));
        await().atMost(EngineHarness.PATIENCE).until(() -> reviews(contract).size() == 1);
        provider(contract).post(path(contract) + "/returns", aReturn("100", "99", List.of())).expect(200);
        rate(contract, "WEAK");
        TaskView plan = awaitTask(contract.reference(), MonitoringProcess.AGREE_IMPROVEMENT_PLAN);
        officer().post("/api/tasks/" + plan.taskKey() + "/complete", Map.of("improvementActions",
                "Answer the phone at weekends.", "improvementDueInDays", 28)).expect(200);
        awaitView(contract, view -> view.path("standing").asText().equals("IMPROVEMENT_PLAN"));

        // The review was rated, but its plan's follow-up lived only in the lost review.
        RecordInFlight record = lose(contract).record();
        assertThat(record.resumable()).isFalse();
        assertThat(record.cannotResume()).contains("Review 1");
    }

    @Test
    void aContractWhoseRegisterEntryEndedIsNotResumed() {
        Monitored contract = goesLive("Nethy Bridge Support", 5);
        register.end(contract.reference(), LocalDate.now());
        engine.settle();
        assertThat(lostProcesses.inFlight(contract.reference())).isEmpty();
    }

    // --- steps

    private record Monitored(String reference, String provider, String serviceNumber, String providerNumber,
            String frameworkReference, String name) {
    }

    /** A framework member whose care service is graded {@code grade}; its contract goes live and is tiered. */
    private Monitored goesLive(String name, int grade) {
        return goesLive(name, grade, new BigDecimal("80000.00"));
    }

    /** The same, for a contract of this annual value: each £100,000 adds 5 to the risk score as the product ships. */
    private Monitored goesLive(String name, int grade, BigDecimal annualValue) {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        LotFixture.Member member = lot.admit(name, grade, "80", "21.00", null);
        // The fixture's own service numbers are not in the datastore's format, which an import refuses: the service
        // takes numbers as the Care Inspectorate issues them, so a later import can find it.
        long digits = 3_000_000_000L + NUMBERS.incrementAndGet() * 7919 + System.nanoTime() % 100_000;
        String serviceNumber = "CS" + digits;
        String providerNumber = "SP" + digits;
        committed(() -> {
            jdbc.update("update care_service set service_number = ?, provider_number = ? where service_number = ?",
                    serviceNumber, providerNumber, member.serviceNumber());
            jdbc.update("update provider set care_inspectorate_number = ? where reference = ?", serviceNumber,
                    member.providerReference());
        });
        String reference = "MON-" + UUID.randomUUID().toString().substring(0, 8);
        register.register(new ContractEntry(reference, ContractKind.FRAMEWORK_CALL_OFF, "Care at home in Badenoch",
                member.providerReference(), name, "Highland HSCP", LocalDate.now(), null, annualValue,
                new BigDecimal("21.00"), List.of(new ContractedOutcome("People feel safe at home",
                        "Share of people who say they feel safe"), new ContractedOutcome("People have things to do",
                        "75% of people say they have things to do that matter to them")), null));
        Monitored monitored = new Monitored(reference, member.providerReference(), serviceNumber,
                providerNumber, lot.frameworkReference, name);
        awaitView(monitored, view -> !view.path("tier").isNull() && !view.path("tier").isMissingNode());
        awaitPlanned(monitored, 1);
        return monitored;
    }

    /**
     * Waits until the engine has heard the plan step complete this many times: the tier is stored before the step's
     * completion reaches the engine, and a clock moved in between would start the review timer late.
     */
    private void awaitPlanned(Monitored contract, long times) {
        long key = processKey(contract);
        await().atMost(EngineHarness.PATIENCE).until(() -> engine.completedElements(key).stream()
                .filter(MonitoringProcess.PLAN_REVIEWS::equals).count() >= times);
        engine.settle();
    }

    private JsonNode awaitView(Monitored contract, Predicate<JsonNode> until) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> officer().get(path(contract)),
                r -> r.status() == 200 && until.test(r.body())).body();
    }

    private LostProcesses.Lost lose(Monitored contract) {
        return lostProcesses.lose(processKey(contract), contract.reference());
    }

    private List<JsonNode> reviews(Monitored contract) {
        List<JsonNode> list = new java.util.ArrayList<>();
        officer().get(path(contract)).expect(200).body().path("reviews").forEach(list::add);
        return list;
    }

    private List<JsonNode> findings(Monitored contract) {
        List<JsonNode> list = new java.util.ArrayList<>();
        officer().get(path(contract)).expect(200).body().path("findings").forEach(list::add);
        return list;
    }

    private int notificationsSent(String key) {
        return jdbc.queryForObject("select count(*) from notification where notification_key = ?", Integer.class,
                key);
    }

    private long processKey(Monitored contract) {
        return jdbc.queryForObject("select process_instance_key from monitored_contract where contract_reference = ?",
                Long.class, contract.reference());
    }

    private void rate(Monitored contract, String rating) {
        TaskView review = awaitTask(contract.reference(), MonitoringProcess.REVIEW_CONTRACT);
        officer().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("rating", rating,
                "officerNotes", "Return in order; people say they are well supported.", "officerHours", 1.5))
                .expect(200);
    }

    private static Map<String, Object> aReturn(String planned, String delivered, List<Map<String, String>> outcomes) {
        return Map.of("periodFrom", LocalDate.now().minusMonths(3).toString(), "periodTo",
                LocalDate.now().toString(), "plannedHours", new BigDecimal(planned), "deliveredHours",
                new BigDecimal(delivered), "lowestHourlyPay", new BigDecimal("14.10"), "outcomes", outcomes);
    }

    /** The Care Inspectorate's datastore as published after a new inspection graded the service {@code grade}. */
    private static String datastoreWith(Monitored contract, int grade) {
        return "CSNumber,ServiceType,ServiceName,Subtype,Address_line_1,Service_town,Service_Postcode,ServiceProvider,"
                + "SP_number,Provided_by_Local_Authority,CareService,ServiceStatus,Date_Reg,Registered_Places,"
                + "Client_group,Council_Area_Name,Health_Board_Name,KQ_Support_Wellbeing,KQ_Care_and_Support_Planning,"
                + "KQ_Setting,KQ_Staff_Team,KQ_Leadership,KQ_Care_Play_and_Learning,MinGrade,MaxGrade,GradeSpread,"
                + "Publication_of_Latest_Grading,Last_inspection_Date,Complaints_upheld_2425,"
                + "Enforcements_issued_2425,any_requirements_2425\n"
                + contract.serviceNumber() + ",Voluntary or Not for Profit," + contract.name()
                + " – care at home,Care at home,1 High Street,Aviemore,PH22 1AA," + contract.name() + ","
                + contract.providerNumber() + ",No,Support Service,Active,01/04/2010,,Older People,"
                + LotFixture.AREA + ",Highland," + grade + ",,," + grade + ",5,," + grade + ",5," + (5 - grade)
                + ",15/02/2026,27/01/2026,0,0,0\n";
    }

    private Api.SignedIn officer() {
        return api.as("eilidh.officer", "HIGHLAND-HSCP", Role.PROCUREMENT_OFFICER);
    }

    private Api.SignedIn provider(Monitored contract) {
        return api.as(contract.provider().toLowerCase(), contract.provider(), Role.PROVIDER_USER);
    }

    private static String path(Monitored contract) {
        return "/api/monitoring/contracts/" + contract.reference();
    }
}
