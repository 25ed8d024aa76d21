package scot.commissioningflow.frameworks.brokerage;

import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.referencedata.ReferenceData;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.frameworks.LotFixture;
import scot.commissioningflow.frameworks.LotFixture.Member;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.tasks.TaskView;

/**
 * Care package brokerage end to end on the real engine and database: a package with competing offers awarded by the
 * person's own choice and placed; a package nobody offers for escalated; a suspended provider never offered work; and
 * many providers offering at once while the window closes, with exactly one award and no accepted offer lost.
 */
class BrokerageJourneyTest extends JourneyTest {

    static final String COUNCIL = "BROKER-HSCP";
    /** Longer than any window of working hours across a weekend and a bank holiday. */
    static final Duration PAST_OFFER_WINDOW = Duration.ofDays(6);
    static final Duration DOCUMENT_PATIENCE = Duration.ofMinutes(3);

    @Autowired
    JdbcTemplate jdbc;


    @Autowired

    ReferenceData referenceData;


    @Autowired

    PlatformTransactionManager transactions;

    @Autowired
    ContractRegister register;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    static SignedInPerson socialWorker() {
        return new SignedInPerson("sandra.broker", "Sandra Broker", Set.of(Role.SOCIAL_WORKER), COUNCIL, null);
    }

    static SignedInPerson commissioner() {
        return new SignedInPerson("aileen.broker", "Aileen Broker", Set.of(Role.COMMISSIONER), COUNCIL, null);
    }

    static SignedInPerson provider(Member member) {
        return new SignedInPerson("offers." + member.providerReference().toLowerCase(), member.providerName(),
                Set.of(Role.PROVIDER_USER), member.providerReference(), null);
    }

    static SignedInPerson person(String username) {
        return new SignedInPerson(username, "Seònaid MacLeòid", Set.of(Role.SUPPORTED_PERSON), null, null);
    }

    static Map<String, Object> carePackage(LotFixture lot, String personUserId, String chosenProvider) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkReference", lot.frameworkReference);
        body.put("lotNumber", lot.lotNumber);
        body.put("councilArea", LotFixture.AREA);
        body.put("personName", "Seònaid MacLeòid");
        body.put("personUserId", personUserId);
        body.put("personEmail", personUserId + "@people.example");
        body.put("weeklyHours", 12.5);
        body.put("supportTimes", "Weekday mornings 8–10, and Saturday afternoons");
        body.put("needs", "Help getting up and dressed; company on the way to the shinty");
        body.put("outcomesInOwnWords", "Tha mi ag iarraidh a dhol chun na h-iomain gach Disathairne — get to the"
                + " shinty every Saturday 🏑");
        body.put("preferences", "A Gaelic speaker if possible; the same two carers");
        body.put("chosenProviderReference", chosenProvider);
        body.put("choiceInOwnWords", chosenProvider == null ? null : "My neighbour has them and likes them");
        body.put("pricedService", LotFixture.PRICED_SERVICE);
        body.put("startDate", LocalDate.now().plusDays(30).toString());
        body.put("socialWorkerName", "Sandra Broker");
        body.put("socialWorkerEmail", "sandra.broker@council.example");
        body.put("participants", List.of(
                Map.of("who", "SUPPORTED_PERSON", "name", "Seònaid", "how", "Said what she wants at home, in Gaelic"),
                Map.of("who", "CARER", "name", "Iain (son)", "how", "Joined the assessment by phone")));
        return body;
    }

    static Map<String, Object> offer(String rate) {
        return Map.of("hourlyRate", rate, "canStartOn", LocalDate.now().plusDays(30).toString(),
                "howWeWouldHelp", "Two regular carers, one a Gaelic speaker, who can go with her to the shinty.");
    }

    String post(LotFixture lot, String personUserId, String chosenProvider) {
        JsonNode posted = api.as(socialWorker()).post("/api/care-packages",
                carePackage(lot, personUserId, chosenProvider)).expect(201).body();
        started.add(posted.path("processInstanceKey").asLong());
        return posted.path("reference").asText();
    }

    @Test
    void competingOffersAreRankedAndThePersonsOwnChoiceIsAwardedWithHerReasonAndPlaced() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member best = lot.admit("Strath Care", 6, "88.00", "26.00", null);
        Member chosen = lot.admit("Cùram Gàidhlig", 5, "80.00", "25.00", 40);
        Member cheaper = lot.admit("Glen Support", 4, "70.00", "24.00", null);
        Member elsewhere = lot.admitIn("Moray Helpers", "Moray", 6, "90.00", "24.00", null);
        String personUser = "seonaid." + lot.frameworkReference.toLowerCase();
        String reference = post(lot, personUser, chosen.providerReference());

        engine.awaitElementCompleted(started.getLast(), BrokerageProcess.INVITE_PROVIDERS);
        JsonNode posted = api.as(socialWorker()).get("/api/care-packages/" + reference).expect(200).body();
        assertThat(posted.path("invitedProviders").asInt()).as("the provider with no service in the area is left out")
                .isEqualTo(3);
        assertThat(posted.path("outcomesInOwnWords").asText()).endsWith("every Saturday 🏑");
        api.as(provider(elsewhere)).post("/api/care-packages/" + reference + "/offers", offer("20.00")).expect(404);

        api.as(provider(best)).post("/api/care-packages/" + reference + "/offers", offer("26.00")).expect(201);
        api.as(provider(chosen)).post("/api/care-packages/" + reference + "/offers", offer("25.00")).expect(201);
        // Above its framework price: refused with the price it may not exceed, and nothing is kept.
        assertThat(api.as(provider(cheaper)).post("/api/care-packages/" + reference + "/offers", offer("24.50"))
                .expect(400).body().toString()).contains("£24.00");
        api.as(provider(cheaper)).post("/api/care-packages/" + reference + "/offers", offer("24.00")).expect(201);
        // The same offer sent again is the one already made; another is refused.
        api.as(provider(cheaper)).post("/api/care-packages/" + reference + "/offers", offer("24.00")).expect(201);
        api.as(provider(cheaper)).post("/api/care-packages/" + reference + "/offers", offer("23.00")).expect(409);
        assertThat(api.as(provider(best)).get("/api/care-packages/" + reference + "/offers").expect(200).body())
                .as("a provider sees only its own offer").hasSize(1);
        assertThat(api.as(person(personUser)).get("/api/care-packages/" + reference + "/offers").expect(200).body())
                .as("nobody reads the offers before the window closes").isEmpty();

        engine.passTime(PAST_OFFER_WINDOW);
        TaskView choose = awaitTask(reference, BrokerageProcess.CHOOSE_PROVIDER);
        assertThat(choose.variables().get("offerCount")).isEqualTo(3);
        JsonNode ranking = api.as(person(personUser)).get("/api/care-packages/" + reference + "/offers").expect(200)
                .body();
        assertThat(ranking.get(0).path("providerReference").asText()).as("quality weighs 90: the best graded first")
                .isEqualTo(best.providerReference());
        assertThat(ranking.get(1).path("chosenByPerson").asBoolean()).isTrue();
        api.as(provider(cheaper)).post("/api/care-packages/" + reference + "/offers", offer("20.00")).expect(409);

        Map<String, Object> byChoice = new HashMap<>();
        byChoice.put("providerReference", chosen.providerReference());
        byChoice.put("participants", List.of(Map.of("who", "SUPPORTED_PERSON", "name", "Seònaid",
                "how", "Chose at home with her son, reading each offer")));
        assertThat(api.as(socialWorker()).post("/api/care-packages/" + reference + "/award", byChoice).expect(400)
                .body().toString()).contains("reason");
        byChoice.put("reason", "Seònaid's own choice: her neighbour has them, and one carer speaks Gaelic");
        api.as(socialWorker()).post("/api/care-packages/" + reference + "/award", byChoice).expect(200);
        Map<String, Object> another = new HashMap<>(byChoice);
        another.put("providerReference", best.providerReference());
        api.as(socialWorker()).post("/api/care-packages/" + reference + "/award", another).expect(409);

        String agreement = reference + "-IPA";
        // The first document a JVM generates waits for docx4j to start (over a minute on a loaded two-core machine).
        String sha = await().atMost(DOCUMENT_PATIENCE).until(() -> api.as(socialWorker())
                        .get("/api/contracts/" + agreement),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
        sign(agreement, person(personUser), "supported-person", sha);
        sign(agreement, provider(chosen), "provider", sha);
        sign(agreement, socialWorker(), "council", sha);
        engine.awaitCompleted(started.getLast());

        JsonNode placed = api.as(person(personUser)).get("/api/care-packages/" + reference).expect(200).body();
        assertThat(placed.path("status").asText()).isEqualTo("PLACED");
        assertThat(placed.path("awardedProviderReference").asText()).isEqualTo(chosen.providerReference());
        assertThat(placed.path("awardReason").asText()).contains("her neighbour has them");
        assertThat(placed.path("participants").findValuesAsText("stage")).contains("SHAPING", "CHOOSING");
        assertThat(register.get(agreement).contract().kind()).isEqualTo(ContractKind.FRAMEWORK_CALL_OFF);
        assertThat(EXTERNAL_SERVICES.findAll(postRequestedFor(urlEqualTo("/notifications/messages"))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> b.contains("care-package-not-chosen/" + reference)))
                .as("the two providers not chosen are told, once each").hasSize(2);
    }

    @Test
    void aPackageNobodyOffersForGoesToTheCommissioner() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Quiet Care", 5, "75.00", "25.00", null);
        String reference = post(lot, "nobody.offers." + lot.frameworkReference.toLowerCase(), null);
        engine.awaitElementCompleted(started.getLast(), BrokerageProcess.INVITE_PROVIDERS);
        engine.passTime(PAST_OFFER_WINDOW);

        TaskView escalation = awaitTask(reference, BrokerageProcess.ESCALATE_UNFILLED);
        api.as(commissioner()).post("/api/tasks/" + escalation.taskKey() + "/complete",
                Map.of("escalationNotes", "Our own home care team starts on Monday; Seònaid has been told."))
                .expect(200);
        engine.awaitCompleted(started.getLast());
        JsonNode unfilled = api.as(socialWorker()).get("/api/care-packages/" + reference).expect(200).body();
        assertThat(unfilled.path("status").asText()).isEqualTo("UNFILLED");
        assertThat(unfilled.path("escalationNotes").asText()).contains("home care team");
    }

    @Test
    void aSuspendedProviderIsNeverOfferedWork() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member suspended = lot.admit("Suspended Care", 6, "95.00", "22.00", null);
        Member admitted = lot.admit("Steady Care", 5, "70.00", "25.00", null);
        lot.suspend(suspended);
        String reference = post(lot, "suspension." + lot.frameworkReference.toLowerCase(), null);
        engine.awaitElementCompleted(started.getLast(), BrokerageProcess.INVITE_PROVIDERS);

        assertThat(api.as(socialWorker()).get("/api/care-packages/" + reference).expect(200).body()
                .path("invitedProviders").asInt()).isEqualTo(1);
        api.as(provider(suspended)).get("/api/care-packages/" + reference).expect(404);
        api.as(provider(suspended)).post("/api/care-packages/" + reference + "/offers", offer("22.00")).expect(404);
        assertThat(api.as(provider(suspended)).get("/api/care-packages").expect(200).body()).isEmpty();
        api.as(provider(admitted)).post("/api/care-packages/" + reference + "/offers", offer("25.00")).expect(201);
        assertThat(EXTERNAL_SERVICES.findAll(postRequestedFor(urlEqualTo("/notifications/messages"))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> b.contains(reference))
                .filter(b -> b.contains(suspended.providerReference()))).isEmpty();
    }

    /**
     * Forty providers offer at once while the window closes under them: every offer the API accepted is ranked, every
     * other was refused as too late, and of several awards sent at the same moment exactly one is made.
     */
    @Test
    void underManyOffersAtOnceNoAcceptedOfferIsLostAndExactlyOneAwardIsMade() throws Exception {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(lot.admit("Provider " + i, 4 + i % 3, String.valueOf(60 + i % 30) + ".00", "30.00", null));
        }
        String reference = post(lot, "many.offers." + lot.frameworkReference.toLowerCase(), null);
        engine.awaitElementCompleted(started.getLast(), BrokerageProcess.INVITE_PROVIDERS);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                String rate = "2" + (i % 10) + ".50";
                answers.add(pool.submit(() -> api.as(provider(member))
                        .post("/api/care-packages/" + reference + "/offers", offer(rate)).status()));
                if (i == 25) {
                    pool.submit(() -> engine.passTime(PAST_OFFER_WINDOW));
                }
            }
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                int status = answers.get(i).get();
                assertThat(status).as("an offer is either taken or refused as too late").isIn(201, 409);
                if (status == 201) {
                    accepted.add(members.get(i).providerReference());
                }
            }
            engine.passTime(PAST_OFFER_WINDOW);
            TaskView choose = awaitTask(reference, BrokerageProcess.CHOOSE_PROVIDER);
            JsonNode ranking = api.as(socialWorker()).get("/api/care-packages/" + reference + "/offers").expect(200)
                    .body();
            assertThat(ranking.findValuesAsText("providerReference")).as("every accepted offer is ranked")
                    .containsExactlyInAnyOrderElementsOf(accepted);
            assertThat(choose.variables().get("offerCount")).isEqualTo(accepted.size());

            List<Callable<Integer>> awards = new ArrayList<>();
            for (int i = 0; i < Math.min(6, accepted.size()); i++) {
                String providerReference = accepted.get(i);
                awards.add(() -> api.as(socialWorker()).post("/api/care-packages/" + reference + "/award",
                        Map.of("providerReference", providerReference, "reason", "Her choice",
                                "participants", List.of(Map.of("who", "SUPPORTED_PERSON", "how", "Chose")))).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(awards)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 200)).as("exactly one award").hasSize(1);
            assertThat(statuses.stream().filter(s -> s != 200)).allMatch(s -> s == 409);
            assertThat(jdbc.queryForObject("select count(*) from care_package_offer o join care_package p on"
                    + " p.id = o.care_package_id where p.reference = ? and o.outcome = 'AWARDED'", Integer.class,
                    reference)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private void sign(String contractReference, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contractReference + "/signatures",
                Map.of("signatoryRole", role, "signedBy", signer.displayName(), "documentSha256", sha)).expect(200);
    }
}
