package scot.commissioningflow.frameworks.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.frameworks.FrameworkAgreementProcess;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.Frameworks;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.journey.LostProcesses;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A framework whose process the engine lost resumes from the dates it stores: open for applications, its round closes
 * at the stored closing time; live, it reopens on the stored date and its term ends when it was set to; a pay uplift
 * it was having signed carries on, and the schedule is re-issued once both parties sign. The loss is
 * the instance cancelled under the framework (as an empty engine after a restart leaves it); the resumption is what
 * {@code Resumptions} does with the record the framework gives, on the real engine.
 */
class FrameworkResumptionTest extends JourneyTest {

    private static final SignedInPerson LEAD = new SignedInPerson("rona.resume", "Rona Resume",
            Set.of(Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER),
            "SXL-R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), null);

    @Autowired
    private LostProcesses lostProcesses;

    @Autowired
    private StoredFrameworkRepository frameworks;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReferenceData referenceData;

    @Autowired
    private Frameworks schedules;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aFrameworkResumesOpenAndLiveWithItsTimersDueAtTheStoredDates() {
        LocalDate endsOn = LocalDate.now(clock).plusYears(3);
        String reference = api.as(LEAD).post("/api/frameworks", setUp(endsOn)).expect(201).body()
                .path("reference").asText();
        StoredFramework open = await().atMost(EngineHarness.PATIENCE).until(() -> frameworks.findById(reference)
                .orElseThrow(), f -> f.status() == FrameworkStatus.OPEN_FOR_RESPONSES
                        && f.processInstanceKey() != null);
        started.add(open.processInstanceKey());
        engine.settle();

        long reopened = lostAndResumed(reference, FrameworkAgreementProcess.APPLICATIONS_CLOSE);
        assertThat(engine.timerDue(reopened, FrameworkAgreementProcess.APPLICATIONS_CLOSE))
                .as("the round closes at the stored closing time")
                .isCloseTo(engine.onEngineClock(open.applicationsCloseAt()), within(5, ChronoUnit.SECONDS));

        // The resumed round closes with nobody applying, and the framework goes live.
        engine.passTime(Duration.ofDays(8));
        StoredFramework live = await().atMost(EngineHarness.PATIENCE).until(() -> frameworks.findById(reference)
                .orElseThrow(), f -> f.status() == FrameworkStatus.LIVE);
        long resumedLive = lostAndResumed(reference, FrameworkAgreementProcess.WHILE_LIVE);
        assertThat(engine.timerDue(resumedLive, FrameworkAgreementProcess.REOPENING_DUE))
                .as("it reopens on the stored date").isCloseTo(engine.onEngineClock(live.nextReopeningOn()
                        .atStartOfDay(clock.getZone()).toInstant()), within(5, ChronoUnit.SECONDS));
        assertThat(engine.timerDue(resumedLive, FrameworkAgreementProcess.TERM_ENDS)).as("its term ends as set")
                .isEqualTo(endsOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    @Test
    void aPayUpliftBeingSignedWhenTheProcessWasLostCarriesOnAndReissuesTheSchedule() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        LotFixture.Member member = lot.admit("Cùram Ùrachaidh Ltd", 5, "80.00", "26.00", null);
        String reference = lot.frameworkReference;
        // The fixture leaves the framework live without a process: it gets one as a framework resumed at live does.
        committed(() -> jdbc.update("update framework set process_instance_key = ? where reference = ?",
                Long.MAX_VALUE, reference));
        lostAndResumed(reference, FrameworkAgreementProcess.WHILE_LIVE);

        SignedInPerson lead = new SignedInPerson("iain.uplift", "Iain Uplift", Set.of(Role.PROCUREMENT_LEAD),
                "SCOTLAND-EXCEL", null);
        LocalDate upliftFrom = LocalDate.now(clock).plusDays(30);
        String upliftKey = api.as(lead).post("/api/frameworks/" + reference + "/uplifts", Map.of("effectiveFrom",
                upliftFrom.toString(), "upliftPercent", 5, "reason", "National pay uplift, resumed mid-signing."))
                .expect(202).body().path("upliftKey").asText();
        String variation = upliftKey + "-L1-" + member.providerReference();
        SignedInPerson provider = new SignedInPerson("signer." + member.providerReference().toLowerCase(),
                "Seonaid Signer", Set.of(Role.PROVIDER_USER), member.providerReference(), null);
        // The first document a JVM generates loads docx4j, which can take most of a minute on a busy machine.
        String sha = await().atMost(Duration.ofMinutes(3)).until(() -> api.as(provider)
                .get("/api/contracts/" + variation), r -> r.status() == 200
                        && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();

        lostAndResumed(reference, FrameworkAgreementProcess.WHILE_LIVE);
        sign(variation, provider, "provider", sha);
        sign(variation, new SignedInPerson("morag.uplift", "Morag Uplift", Set.of(Role.COMMISSIONER),
                "SCOTLAND-EXCEL", null), "national-body", sha);

        assertThat(await().atMost(EngineHarness.PATIENCE).until(() -> schedules.price(reference, lot.lotNumber,
                member.providerReference(), LotFixture.PRICED_SERVICE, upliftFrom).map(ScheduledPrice::rate)
                .orElseThrow(), rate -> rate.compareTo(member.rate()) != 0))
                .as("the schedule is re-issued with the uplift once both have signed")
                .isEqualByComparingTo(new BigDecimal("27.30"));
        await().atMost(EngineHarness.PATIENCE).until(() -> jdbc.queryForObject(
                "select in_progress from framework_uplift where uplift_key = ?", Boolean.class, upliftKey),
                inProgress -> !inProgress);
    }

    private void sign(String contract, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contract + "/signatures", Map.of("signatoryRole", role, "signedBy",
                signer.displayName(), "documentSha256", sha)).expect(200);
    }

    /** Cancels the framework's instance, resumes it as Resumptions would and answers the new instance. */
    private long lostAndResumed(String reference, String expectedStep) {
        LostProcesses.Lost lost = lostProcesses.lose(frameworks.findById(reference).orElseThrow()
                .processInstanceKey(), reference);
        assertThat(lost.record().step()).isEqualTo(expectedStep);
        long resumed = lostProcesses.resume(lost);
        started.add(resumed);
        assertThat(frameworks.findById(reference).orElseThrow().processInstanceKey()).isEqualTo(resumed);
        return resumed;
    }

    private static Map<String, Object> setUp(LocalDate endsOn) {
        Map<String, Object> setUp = new HashMap<>();
        setUp.put("title", "Care at home framework, resumed");
        setUp.put("buyerName", "Scotland Excel");
        setUp.put("contactEmail", "care.frameworks@example.org");
        setUp.put("startsOn", endsOn.minusYears(3).toString());
        setUp.put("endsOn", endsOn.toString());
        setUp.put("qualityPercent", 80);
        setUp.put("pricePercent", 20);
        setUp.put("reopenEveryMonths", 12);
        setUp.put("applicationWindowDays", 7);
        setUp.put("lots", List.of(Map.of("title", "Care at home for older people", "careService",
                "Support Service", "clientGroup", "Older people", "councilAreas", List.of("Fife"), "minimumGrade", 3,
                "pricedServices", List.of(Map.of("name", "Care at home hour", "unit", "HOUR")))));
        return setUp;
    }
}
