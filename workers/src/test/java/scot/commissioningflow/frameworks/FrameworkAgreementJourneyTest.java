package scot.commissioningflow.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;

/**
 * A national body's framework on the real engine: set up with two lots, providers admitted or refused (a weak grade,
 * pay below the floor), reopened for a new entrant, a member suspended, and a national pay uplift re-issuing every
 * member's price schedule as a variation both parties sign.
 */
class FrameworkAgreementJourneyTest extends JourneyTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String NATIONAL_BODY = "SXL-" + RUN;
    private static final SignedInPerson LEAD = person("Ailsa MacLeòid", NATIONAL_BODY, Role.PROCUREMENT_LEAD,
            Role.PROCUREMENT_OFFICER);
    private static final SignedInPerson OFFICER = person("Piotr Kowalczyk", NATIONAL_BODY, Role.PROCUREMENT_OFFICER);
    private static final SignedInPerson SIGNER = person("Morag Rìgh", NATIONAL_BODY, Role.COMMISSIONER);
    private static final SignedInPerson OTHER_LEAD = person("Eilidh Grant", "OTHER-" + RUN, Role.PROCUREMENT_LEAD);

    private static final String STRONG = "PRV-FA" + RUN;
    private static final String WEAK = "PRV-FB" + RUN;
    private static final String LOW_PAY = "PRV-FC" + RUN;
    private static final String NEWCOMER = "PRV-FD" + RUN;

    @Autowired
    Frameworks frameworks;

    @Autowired
    FrameworkAgreements agreements;

    @Value("${local.server.port}")
    int port;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatWasStarted() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aFrameworkAdmitsTheQualifiedReopensForANewEntrantAndReissuesSchedulesForAnUplift() {
        String digits = String.valueOf(Math.abs(RUN.hashCode()) % 1_000_000 + 1_000_000).substring(1);
        String strongHousing = "CS2031" + digits;
        String strongCareAtHome = "CS2032" + digits;
        String weakHousing = "CS2033" + digits;
        String lowPayHousing = "CS2034" + digits;
        String newcomerHousing = "CS2035" + digits;
        assertThat(DatastoreUpload.upload(port, LEAD, "datastore-" + RUN + ".csv", datastore(strongHousing,
                strongCareAtHome, weakHousing, lowPayHousing, newcomerHousing)).status()).isEqualTo(200);
        register(STRONG, "Cùram Làidir Ltd", strongHousing);
        register(WEAK, "Słaba Opieka Ltd", weakHousing);
        register(LOW_PAY, "Low Pay Care Ltd", lowPayHousing);
        register(NEWCOMER, "Dùthchas Ùr", newcomerHousing);

        // A term over four years needs a reason; the national body's lead sets one up within it.
        Map<String, Object> tooLong = setUp(LocalDate.of(2026, 11, 1), LocalDate.of(2031, 6, 30));
        assertThat(api.as(LEAD).post("/api/frameworks", tooLong).expect(400).body().path("detail").asText())
                .contains("a framework runs at most 4 years", "exceptional reason");
        assertThat(api.as(OFFICER).post("/api/frameworks", setUp(LocalDate.of(2026, 11, 1),
                LocalDate.of(2030, 10, 31))).status()).isEqualTo(403);
        JsonNode framework = api.as(LEAD).post("/api/frameworks", setUp(LocalDate.of(2026, 11, 1),
                LocalDate.of(2030, 10, 31))).expect(201).body();
        String reference = framework.path("reference").asText();
        started.add(agreements.processInstanceKey(reference));
        assertThat(framework.path("lots")).hasSize(2);
        assertThat(framework.path("weights").path("qualityPercent").asInt()).isEqualTo(90);
        awaitStatus(reference, FrameworkStatus.OPEN_FOR_RESPONSES);

        apply(reference, STRONG, 1, strongHousing, 13.45, "Support hour", 28.50, "Sleepover night", 110.00)
                .expect(201);
        apply(reference, STRONG, 2, strongCareAtHome, 13.45, "Care at home hour", 27.00, null, 0).expect(201);
        apply(reference, WEAK, 1, weakHousing, 13.45, "Support hour", 25.00, "Sleepover night", 100.00).expect(201);
        apply(reference, LOW_PAY, 1, lowPayHousing, 12.00, "Support hour", 24.00, "Sleepover night", 95.00)
                .expect(201);
        // One application per lot and round.
        apply(reference, STRONG, 1, strongHousing, 13.45, "Support hour", 28.50, "Sleepover night", 110.00)
                .expect(409);

        engine.passTime(Duration.ofDays(8));
        Map<String, JsonNode> outcomes = awaitOutcomes(reference, 4);
        assertThat(outcomes.get(STRONG + "/1").path("outcome").asText()).isEqualTo("ADMITTED");
        assertThat(outcomes.get(STRONG + "/2").path("outcome").asText()).isEqualTo("ADMITTED");
        assertThat(outcomes.get(WEAK + "/1").path("outcome").asText()).isEqualTo("REFUSED_REGISTRATION");
        assertThat(outcomes.get(WEAK + "/1").path("outcomeReason").asText())
                .contains(weakHousing, "graded 2 (weak)", "needs at least 4 (good)");
        assertThat(outcomes.get(LOW_PAY + "/1").path("outcome").asText()).isEqualTo("REFUSED_FAIR_WORK");
        assertThat(outcomes.get(LOW_PAY + "/1").path("outcomeReason").asText()).contains("not met");
        awaitStatus(reference, FrameworkStatus.LIVE);

        LocalDate today = LocalDate.now();
        assertThat(frameworks.eligibleMembers(reference, 1, today)).extracting(LotMember::providerReference)
                .containsExactly(STRONG);
        assertThat(frameworks.price(reference, 1, STRONG, "Support hour", today)).get()
                .extracting(ScheduledPrice::rate).isEqualTo(new BigDecimal("28.50"));

        // A new entrant waits for the framework to reopen: on demand, by the national body's staff only.
        apply(reference, NEWCOMER, 1, newcomerHousing, 13.45, "Support hour", 26.00, "Sleepover night", 105.00)
                .expect(409);
        api.as(OTHER_LEAD).post("/api/frameworks/" + reference + "/reopening", Map.of("reason", "Not ours"))
                .expect(403);
        api.as(OFFICER).post("/api/frameworks/" + reference + "/reopening",
                Map.of("reason", "Providers in Highland asked to join after the council's review.")).expect(202);
        awaitStatus(reference, FrameworkStatus.OPEN_FOR_RESPONSES);
        apply(reference, NEWCOMER, 1, newcomerHousing, 13.45, "Support hour", 26.00, "Sleepover night", 105.00)
                .expect(201);
        engine.passTime(Duration.ofDays(8));
        assertThat(awaitOutcomes(reference, 5).get(NEWCOMER + "/1").path("outcome").asText()).isEqualTo("ADMITTED");
        awaitStatus(reference, FrameworkStatus.LIVE);
        assertThat(frameworks.eligibleMembers(reference, 1, today)).extracting(LotMember::providerReference)
                .containsExactlyInAnyOrder(STRONG, NEWCOMER);

        // A national pay uplift: every member's schedule re-issued as a signed variation from its date.
        LocalDate upliftFrom = today.plusDays(30);
        JsonNode uplift = api.as(LEAD).post("/api/frameworks/" + reference + "/uplifts", Map.of(
                "effectiveFrom", upliftFrom.toString(), "upliftPercent", 5, "reason",
                "National pay uplift for adult social care, as agreed in the pay uplift review.")).expect(202).body();
        String upliftKey = uplift.path("upliftKey").asText();
        assertThat(uplift.path("members").asInt()).isEqualTo(3);
        for (String variation : List.of(upliftKey + "-L1-" + STRONG, upliftKey + "-L2-" + STRONG,
                upliftKey + "-L1-" + NEWCOMER)) {
            String provider = variation.substring(variation.lastIndexOf("-L") + 3);
            SignedInPerson providerUser = person("Signer " + provider, provider, Role.PROVIDER_USER);
            // The first document a JVM generates loads docx4j: on a busy machine that alone took 50 s.
            String sha = await().atMost(Duration.ofMinutes(3)).until(() -> api.as(providerUser)
                            .get("/api/contracts/" + variation),
                    r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                    .body().path("documentSha256").asText();
            sign(variation, providerUser, "provider", sha);
            sign(variation, SIGNER, "national-body", sha);
        }
        await().atMost(EngineHarness.PATIENCE).until(() -> frameworks.price(reference, 1, NEWCOMER, "Support hour",
                upliftFrom).map(ScheduledPrice::rate).orElseThrow(), rate -> rate.compareTo(new BigDecimal("27.30"))
                        == 0);
        assertThat(frameworks.price(reference, 1, STRONG, "Support hour", upliftFrom)).get()
                .extracting(ScheduledPrice::rate).isEqualTo(new BigDecimal("29.93"));
        assertThat(frameworks.price(reference, 1, STRONG, "Sleepover night", upliftFrom)).get()
                .extracting(ScheduledPrice::rate).isEqualTo(new BigDecimal("115.50"));
        assertThat(frameworks.price(reference, 1, STRONG, "Support hour", upliftFrom.minusDays(1))).get()
                .extracting(ScheduledPrice::rate).as("the schedule before the uplift stands until the day before")
                .isEqualTo(new BigDecimal("28.50"));

        // Suspended: offered no work until reinstated.
        api.as(OFFICER).post("/api/frameworks/" + reference + "/members/" + NEWCOMER + "/suspension",
                Map.of("reason", "Care Inspectorate enforcement notice under review.")).expect(200);
        assertThat(frameworks.suspended(reference, NEWCOMER)).isTrue();
        assertThat(frameworks.eligibleMembers(reference, 1, today)).extracting(LotMember::providerReference)
                .containsExactly(STRONG);
        api.as(OFFICER).post("/api/frameworks/" + reference + "/members/" + NEWCOMER + "/removal",
                Map.of("reason", "Only a lead removes.")).expect(403);
    }

    private void register(String reference, String name, String serviceNumber) {
        SignedInPerson user = person("Admin " + reference, reference, Role.PROVIDER_USER);
        api.as(user).post("/api/providers", Map.of("name", name, "organisationType", "THIRD_SECTOR", "sme", true,
                "careInspectorateNumber", serviceNumber, "contactEmail", reference.toLowerCase() + "@example.org"))
                .expect(202);
        await().atMost(EngineHarness.PATIENCE).until(() -> api.as(user).get("/api/providers/" + reference).status(),
                status -> status == 200);
    }

    private Map<String, Object> setUp(LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> housing = Map.of("title", "Supported living for adults with learning disabilities",
                "careService", "Housing Support Service", "clientGroup", "Adults with learning disabilities",
                "councilAreas", List.of("Highland", "Na h-Eileanan Siar"), "minimumGrade", 4,
                "pricedServices", List.of(Map.of("name", "Support hour", "unit", "HOUR"),
                        Map.of("name", "Sleepover night", "unit", "NIGHT")));
        Map<String, Object> careAtHome = Map.of("title", "Care at home for older people",
                "careService", "Support Service", "clientGroup", "Older people", "councilAreas", List.of("Fife"),
                "minimumGrade", 3, "pricedServices", List.of(Map.of("name", "Care at home hour", "unit", "HOUR")));
        Map<String, Object> setUp = new HashMap<>();
        setUp.put("title", "Care and support framework " + RUN);
        setUp.put("buyerName", "Scotland Excel");
        setUp.put("contactEmail", "care.frameworks@example.org");
        setUp.put("startsOn", startsOn.toString());
        setUp.put("endsOn", endsOn.toString());
        setUp.put("qualityPercent", 90);
        setUp.put("pricePercent", 10);
        setUp.put("reopenEveryMonths", 12);
        setUp.put("applicationWindowDays", 7);
        setUp.put("lots", List.of(housing, careAtHome));
        return setUp;
    }

    private scot.commissioningflow.journey.Api.Response apply(String reference, String provider, int lot,
            String serviceNumber, double pay, String firstService, double firstRate, String secondService,
            double secondRate) {
        List<Map<String, Object>> prices = new ArrayList<>();
        prices.add(Map.of("pricedService", firstService, "rate", firstRate));
        if (secondService != null) {
            prices.add(Map.of("pricedService", secondService, "rate", secondRate));
        }
        return api.as(person("Admin " + provider, provider, Role.PROVIDER_USER)).post("/api/frameworks/" + reference
                + "/applications", Map.of("lotNumber", lot, "serviceNumbers", List.of(serviceNumber),
                "weeklyCapacityHours", 400, "prices", prices, "fairWorkDeclaration",
                Declarations.meetingEverything(pay)));
    }

    private void sign(String contract, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contract + "/signatures", Map.of("signatoryRole", role, "signedBy",
                signer.displayName(), "documentSha256", sha)).expect(200);
    }

    private void awaitStatus(String reference, FrameworkStatus status) {
        await().atMost(EngineHarness.PATIENCE).until(() -> frameworks.get(reference).status(), status::equals);
    }

    /** The applications by provider and lot once this many have been decided. */
    private Map<String, JsonNode> awaitOutcomes(String reference, int decided) {
        JsonNode all = await().atMost(EngineHarness.PATIENCE).until(() -> api.as(LEAD).get("/api/frameworks/"
                + reference + "/applications").expect(200).body(), body -> {
                    int count = 0;
                    for (JsonNode application : body) {
                        count += application.path("outcome").asText().equals("SUBMITTED") ? 0 : 1;
                    }
                    return count >= decided;
                });
        Map<String, JsonNode> byProviderAndLot = new HashMap<>();
        all.forEach(application -> byProviderAndLot.put(application.path("providerReference").asText() + "/"
                + application.path("lotNumber").asInt(), application));
        return byProviderAndLot;
    }

    /** The datastore as imported: the strong and new providers graded well, one provider's service weak. */
    private static String datastore(String strongHousing, String strongCareAtHome, String weakHousing,
            String lowPayHousing, String newcomerHousing) {
        String header = "CSNumber,ServiceType,ServiceName,ServiceProvider,SP_number,CareService,Subtype,ServiceStatus,"
                + "Council_Area_Name,Client_group,Registered_Places,KQ_Support_Wellbeing,"
                + "KQ_Care_and_Support_Planning,KQ_Staff_Team,KQ_Leadership,MinGrade,Last_inspection_Date,"
                + "Complaints_upheld_2425,Enforcements_issued_2425";
        return String.join("\n", header,
                row(strongHousing, "Cùram Làidir - Taigh na Mara", "Cùram Làidir Ltd", "Housing Support Service",
                        "Highland", "Adults with learning disabilities", 5, 5, 6, 5),
                row(strongCareAtHome, "Cùram Làidir - Fife", "Cùram Làidir Ltd", "Support Service", "Fife",
                        "Older people", 5, 4, 5, 5),
                row(weakHousing, "Słaba Opieka - Dom", "Słaba Opieka Ltd", "Housing Support Service", "Highland",
                        "Adults with learning disabilities", 4, 2, 3, 3),
                row(lowPayHousing, "Low Pay Care - Inverness", "Low Pay Care Ltd", "Housing Support Service",
                        "Highland", "Adults with learning disabilities", 5, 5, 5, 5),
                row(newcomerHousing, "Dùthchas Ùr - Steòrnabhagh", "Dùthchas Ùr", "Housing Support Service",
                        "Na h-Eileanan Siar", "Adults with learning disabilities", 4, 4, 5, 4)) + "\n";
    }

    private static String row(String serviceNumber, String name, String provider, String careService, String area,
            String clientGroup, int wellbeing, int planning, int staff, int leadership) {
        int lowest = Math.min(Math.min(wellbeing, planning), Math.min(staff, leadership));
        return String.join(",", serviceNumber, "Voluntary or Not for Profit", name, provider,
                "SP20" + serviceNumber.substring(4), careService, "", "Active", area, clientGroup, "",
                String.valueOf(wellbeing), String.valueOf(planning), String.valueOf(staff), String.valueOf(leadership),
                String.valueOf(lowest), "12/03/2025", "0", "0");
    }

    private static SignedInPerson person(String name, String organisation, Role... roles) {
        return new SignedInPerson(name.toLowerCase().replace(' ', '.'), name, java.util.Set.of(roles), organisation,
                null);
    }
}
