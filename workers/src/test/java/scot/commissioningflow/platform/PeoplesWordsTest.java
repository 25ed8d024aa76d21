package scot.commissioningflow.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * People's words go in through every feature's create endpoints and come back exactly as they were written: names and
 * free text in Gaelic, Polish and Urdu, with emoji (the Scottish flag is a tag sequence of seven code points),
 * right-to-left marks, letters written with combining accents (never normalised), text that looks like a template
 * placeholder or a spreadsheet formula. Each call is made by someone the feature's rules allow; the words are read
 * back through the API, from the audit trail's reasons, from what is sent to services outside the product, and from
 * inside the generated contract documents. Identifiers people choose (usernames, statement ids, check keys) are
 * theirs as written: two that differ only by an accent, case or emoji are never taken for one another.
 */
class PeoplesWordsTest extends JourneyTest {

    private static final String GAELIC = "Seònaid NicLeòid";
    private static final String MAIRI = "Màiri";
    private static final String POLISH = "Małgorzata Wąsowska";
    private static final String LODZ = "Łódź";
    private static final String URDU = "عائشہ خان";
    /** A smile, then the flag of Scotland: a black flag, five tag letters "gbsct" and a cancel tag. */
    private static final String EMOJI = "🙂🏴󠁧󠁢󠁳󠁣󠁴󠁿";
    private static final String RIGHT_TO_LEFT_MARK = "\u200F";
    /** "Seònaid" written as an o followed by a combining grave accent, as some keyboards send it. */
    private static final String COMBINING = "Seo\u0300naid";
    private static final String HYPERLINK = "=HYPERLINK(\"http://example.org/x\",\"Click me\")";
    private static final String SUM = "+SUM(1)";

    /** One sentence that carries every one of them. */
    private static final String WORDS = GAELIC + " agus " + MAIRI + "; " + POLISH + " z " + LODZ + "; " + URDU
            + RIGHT_TO_LEFT_MARK + " (" + COMBINING + ") " + EMOJI;

    private static final String COUNCIL = "HIGHLAND-HSCP";
    private static final SignedInPerson SOCIAL_WORKER = new SignedInPerson("sam.social", "Sam Social",
            Set.of(Role.SOCIAL_WORKER), COUNCIL, null);
    private static final AtomicLong SERVICE_NUMBERS = new AtomicLong(3009000000L);

    private final List<Long> started = new ArrayList<>();


    @Autowired
    private ObjectMapper json;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void publicContractsScotlandAcceptsNotices() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-W-0001\"}")));
    }

    @AfterEach
    void cancelWhatIsStillRunning() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aTenderItsResponsesClarificationsAwardChallengeAndContractKeepEveryWord() throws Exception {
        Map<String, Object> tender = TenderFixtures.careAtHome("Opieka w domu, " + LODZ + " " + EMOJI, 420_000);
        tender.put("needDescription", "Taic aig an taigh do " + WORDS);
        tender.put("outcomes", List.of(
                Map.of("outcome", "Bidh " + MAIRI + " a' fuireach aig an taigh " + EMOJI, "indicator", URDU
                        + RIGHT_TO_LEFT_MARK),
                Map.of("outcome", HYPERLINK, "indicator", SUM)));
        tender.put("commissionerName", GAELIC);
        JsonNode created = commissioner().post("/api/tenders", tender).expect(201).body();
        String reference = created.path("reference").asText();
        started.add(created.path("processInstanceKey").asLong());

        JsonNode open = awaitTenderStatus(reference, "OPEN_FOR_RESPONSES");
        assertThat(open.path("title").asText()).isEqualTo("Opieka w domu, " + LODZ + " " + EMOJI);
        assertThat(open.path("needDescription").asText()).isEqualTo("Taic aig an taigh do " + WORDS);
        assertThat(open.path("outcomes").findValuesAsText("outcome")).containsExactly(
                "Bidh " + MAIRI + " a' fuireach aig an taigh " + EMOJI, HYPERLINK);
        assertThat(open.path("outcomes").findValuesAsText("indicator")).containsExactly(URDU + RIGHT_TO_LEFT_MARK,
                SUM);
        assertThat(api.get("/api/opportunities/" + reference).expect(200).body().path("title").asText())
                .isEqualTo("Opieka w domu, " + LODZ + " " + EMOJI);
        // Services outside the product receive the words whole, too: the contract notice to Public Contracts
        // Scotland, the clarification to every interested provider, the agreement to the e-signature service.
        await().atMost(EngineHarness.PATIENCE).untilAsserted(() -> EXTERNAL_SERVICES.verify(postRequestedFor(
                urlEqualTo("/pcs/notices")).withRequestBody(matchingJsonPath("$.title",
                equalTo("Opieka w domu, " + LODZ + " " + EMOJI)))));

        // A clarification asked and answered in the provider's and the council's own words.
        String asker = "PRV-WORDS-A";
        provider(asker).post("/api/opportunities/" + reference + "/interest", Map.of("providerReference", asker,
                "providerName", POLISH + " " + EMOJI, "contactEmail", "bids@words-a.example.org")).expect(204);
        String question = "Czy " + POLISH + " może odpowiedzieć? " + URDU + RIGHT_TO_LEFT_MARK + " " + SUM;
        long clarification = provider(asker).post("/api/opportunities/" + reference + "/clarifications", Map.of(
                "providerReference", asker, "question", question)).expect(201).body().path("id").asLong();
        String answer = "Tha, " + COMBINING + " " + EMOJI + " " + HYPERLINK;
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().post("/api/tenders/" + reference
                + "/clarifications/" + clarification + "/answer", Map.of("answer", answer)).status() == 200);
        // The answer is kept once the process has shared it with every interested provider.
        JsonNode answered = await().atMost(EngineHarness.PATIENCE).until(() -> commissioner()
                .get("/api/tenders/" + reference + "/clarifications").expect(200).body().get(0),
                found -> !found.path("answer").isNull());
        assertThat(answered.path("question").asText()).isEqualTo(question);
        assertThat(answered.path("answer").asText()).isEqualTo(answer);
        await().atMost(EngineHarness.PATIENCE).untilAsserted(() -> assertThat(api.get("/api/opportunities/"
                + reference).expect(200).body().path("clarifications").findValuesAsText("answer"))
                .containsExactly(answer));
        await().atMost(EngineHarness.PATIENCE).untilAsserted(() -> EXTERNAL_SERVICES.verify(postRequestedFor(
                urlEqualTo("/notifications/messages")).withRequestBody(matchingJsonPath("$.body", containing(answer)))));

        // Two responses, the winner's statement in every language at once.
        String winnerName = "Opieka " + LODZ + " " + EMOJI;
        String statement = WORDS + "\n" + HYPERLINK + "\n" + SUM;
        long winner = respond(reference, asker, winnerName, 400_000, 27.5, statement);
        long runnerUp = respond(reference, "PRV-WORDS-B", URDU + " Care", 380_000, 26.0,
                "Cùram le " + MAIRI + RIGHT_TO_LEFT_MARK);
        engine.passTime(Duration.ofDays(36));
        awaitTenderStatus(reference, "EVALUATING");
        JsonNode responses = commissioner().get("/api/tenders/" + reference + "/responses").expect(200).body();
        assertThat(responseOf(responses, winner).path("providerName").asText()).isEqualTo(winnerName);
        assertThat(responseOf(responses, winner).path("qualityStatement").asText()).isEqualTo(statement);
        assertThat(responseOf(responses, runnerUp).path("qualityStatement").asText())
                .isEqualTo("Cùram le " + MAIRI + RIGHT_TO_LEFT_MARK);

        // Scores, moderation and the award decision, each with its reasons in words.
        score(reference, "eval.ailsa", "Sgòran: " + GAELIC + " " + EMOJI, winner, runnerUp);
        score(reference, "eval.bruce", "Oceny: " + POLISH, winner, runnerUp);
        awaitTask(reference, TenderProcess.MODERATE_SCORES);
        procurementOfficer().post("/api/tenders/" + reference + "/moderation", Map.of("moderationNotes",
                "Aontaichte " + URDU, "scores", List.of(scoreOf(winner, 82, 72, SUM),
                        scoreOf(runnerUp, 62, 60, HYPERLINK)))).expect(200);
        awaitTask(reference, TenderProcess.DECIDE_AWARD);
        String rationale = "Am fear as fheàrr: " + WORDS;
        commissioner().post("/api/tenders/" + reference + "/award-decision", Map.of("approve", true,
                "rationale", rationale)).expect(200);
        JsonNode award = await().atMost(EngineHarness.PATIENCE).until(() -> commissioner()
                .get("/api/tenders/" + reference + "/award"), r -> r.status() == 200).body();
        assertThat(award.path("winnerName").asText()).isEqualTo(winnerName);
        awaitTenderStatus(reference, "STANDSTILL");
        // The runner-up's debrief letter names the winner and the tender as they were written.
        JsonNode letters = await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/"
                + reference + "/debrief-letters").expect(200).body(), found -> found.size() == 1);
        assertThat(letters.get(0).path("letter").asText()).contains("Dear " + URDU + " Care,")
                .contains("Opieka w domu, " + LODZ + " " + EMOJI).contains(winnerName);

        // The runner-up challenges in its own words.
        String grounds = "اعتراض: " + URDU + RIGHT_TO_LEFT_MARK + " " + COMBINING + " " + EMOJI + " " + HYPERLINK;
        provider("PRV-WORDS-B").post("/api/opportunities/" + reference + "/challenges", Map.of(
                "providerReference", "PRV-WORDS-B", "grounds", grounds)).expect(201);
        JsonNode challenge = commissioner().get("/api/tenders/" + reference + "/challenges").expect(200).body()
                .get(0);
        assertThat(challenge.path("grounds").asText()).isEqualTo(grounds);

        // The challenge is dismissed with reasons in words, and the contract is generated for signing.
        TaskView review = awaitTask(reference, TenderProcess.REVIEW_CHALLENGE);
        String reasons = "Chaidh a dhiùltadh: " + COMBINING + " " + URDU + RIGHT_TO_LEFT_MARK + " " + SUM;
        commissioner().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("challengeOutcome",
                "dismissed", "challengeReasons", reasons)).expect(200);
        await().atMost(EngineHarness.PATIENCE).until(() -> commissioner().get("/api/tenders/" + reference
                + "/challenges").expect(200).body().get(0).path("outcomeReasons").asText(), reasons::equals);
        engine.passTime(Duration.ofDays(16));
        String contract = reference + "-C1";
        await().atMost(EngineHarness.PATIENCE).until(() -> provider(asker).get("/api/contracts/" + contract),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"));
        String text = documentText(provider(asker).download("/api/contracts/" + contract + "/document"));
        assertThat(text).contains(winnerName).contains("Bidh " + MAIRI + " a' fuireach aig an taigh " + EMOJI)
                .contains(URDU + RIGHT_TO_LEFT_MARK).contains(HYPERLINK).contains(SUM);

        // The audit trail keeps the reasons as they were written.
        assertThat(why("tender", reference, "tender.award-decided")).endsWith(": " + rationale);
        assertThat(why("tender", reference, "tender.challenge-received")).endsWith(": " + grounds);
        assertThat(why("tender", reference, "tender.clarification-answered")).contains(answer);
    }

    @Test
    void evaluatorsWhoseNamesDifferOnlyByAnAccentOrCaseAreDifferentPeople() {
        String mairi = "eval.màiri." + System.nanoTime();
        String mairiWithoutAccent = mairi.replace("à", "a");
        String mairiInCapitals = mairi.toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> tender = TenderFixtures.careAtHome("Cùram aig an taigh, Uibhist", 420_000);
        tender.put("evaluators", List.of(mairi, mairiWithoutAccent));
        JsonNode created = commissioner().post("/api/tenders", tender).expect(201).body();
        String reference = created.path("reference").asText();
        started.add(created.path("processInstanceKey").asLong());
        awaitTenderStatus(reference, "OPEN_FOR_RESPONSES");
        long response = respond(reference, "PRV-WORDS-C", "Cùram Uibhist", 400_000, 27.5, "Cùram " + EMOJI);
        engine.passTime(Duration.ofDays(36));

        // Someone of the same council not named as an evaluator has no task here, whatever their name resembles.
        await().atMost(EngineHarness.PATIENCE).until(() -> !inbox.find(new TaskQuery(TaskStatus.OPEN, null,
                reference, null, TenderProcess.SCORE_RESPONSES, mairi)).isEmpty());
        api.as(mairiInCapitals, COUNCIL, Role.EVALUATOR).post("/api/tenders/" + reference + "/evaluations",
                Map.of("scores", List.of(scoreOf(response, 10, 10, "Not mine to score")))).expect(409);

        // Each named evaluator completes their own task and keeps their own scores.
        score(reference, mairiWithoutAccent, "Sgòran " + POLISH, response);
        assertThat(inbox.find(new TaskQuery(TaskStatus.OPEN, null, reference, null, TenderProcess.SCORE_RESPONSES,
                mairi))).as("Màiri's own task, still open").hasSize(1);
        score(reference, mairi, "Sgòran " + MAIRI, response);
        awaitTask(reference, TenderProcess.MODERATE_SCORES);
        assertThat(jdbc.queryForList("SELECT evaluator FROM evaluation_score WHERE tender_reference = ?"
                + " AND stage = 'INDIVIDUAL'", String.class, reference))
                .containsExactlyInAnyOrder(mairi, mairiWithoutAccent);
    }

    @Test
    void aProviderRegisteredUnderItsOwnNameKeepsIt() {
        String name = POLISH + " i " + MAIRI + " " + EMOJI + " " + URDU + RIGHT_TO_LEFT_MARK + " " + COMBINING;
        String reference = registered(name);
        JsonNode provider = procurementOfficer().get("/api/providers/" + reference).expect(200).body();
        assertThat(provider.path("name").asText()).isEqualTo(name);
        assertThat(provider.path("status").asText()).isEqualTo("ADMITTED");
        assertThat(why("provider", reference, "provider.admission-decided"))
                .isEqualTo("Admitted: Clàraichte " + EMOJI + " " + SUM);
    }

    @Test
    void anIsfAndItsAgreementKeepThePersonsOwnWordsAndNeverExpandThem() throws Exception {
        String providerName = "Cùram " + LODZ + " " + EMOJI;
        String provider = registered(providerName);
        String person = GAELIC + " " + EMOJI;
        SignedInPerson supported = new SignedInPerson("seonaid.nicleoid", person, Set.of(Role.SUPPORTED_PERSON),
                null, null);
        List<String> outcomes = List.of(
                "Bidh mi a' fuireach aig an taigh le " + MAIRI + " " + EMOJI,
                "Chcę odwiedzać siostrę w " + LODZ + " (" + POLISH + ")",
                "میں اپنے گھر میں رہنا چاہتی ہوں" + RIGHT_TO_LEFT_MARK + " " + URDU,
                "Manage my own ${money}",
                "Spend {{budget}} on the allotment " + COMBINING,
                HYPERLINK,
                SUM);
        String isf = openIsf(person, supported.username(), outcomes);

        JsonNode fund = socialWorker().get("/api/isfs/" + isf).expect(200).body();
        assertThat(fund.path("personName").asText()).isEqualTo(person);
        assertThat(fund.path("socialWorkerName").asText()).isEqualTo(POLISH);
        assertThat(texts(fund.path("outcomes"))).containsExactlyElementsOf(outcomes);

        String inOwnWords = "Is toil leam an luchd-obrach aca " + EMOJI + "; " + URDU + RIGHT_TO_LEFT_MARK + " "
                + "${helperName} {{provider}} " + SUM;
        chooseAndAccept(isf, supported, provider, inOwnWords);
        assertThat(socialWorker().get("/api/isfs/" + isf).expect(200).body().path("choice").path("inOwnWords")
                .asText()).isEqualTo(inOwnWords);

        // The agreement reaches signing, and says every word as the person said it, placeholders and all.
        String agreement = isf + "-A1";
        String sha = await().atMost(EngineHarness.PATIENCE).until(() -> socialWorker()
                        .get("/api/contracts/" + agreement),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
        String text = documentText(api.as(supported).download("/api/contracts/" + agreement + "/document"));
        EXTERNAL_SERVICES.verify(postRequestedFor(urlEqualTo("/e-signature/envelopes"))
                .withRequestBody(matchingJsonPath("$.signers[0].name", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.signers[1].name", equalTo(providerName))));
        assertThat(text).contains(person).contains(providerName).contains(inOwnWords)
                .contains(MAIRI + " " + COMBINING);
        for (String outcome : outcomes) {
            assertThat(text).contains(outcome);
        }

        sign(supported, agreement, "supported-person", sha);
        sign(providerUser(provider), agreement, "provider", sha);
        sign(SOCIAL_WORKER, agreement, "council", sha);
        awaitIsfStatus(isf, "ACTIVE");
        JsonNode signatories = api.as(supported).get("/api/contracts/" + agreement).expect(200).body()
                .path("signatories");
        assertThat(signatories.findValuesAsText("name")).contains(person, providerName,
                POLISH + " for Comhairle nan Eilean Siar");
        assertThat(signatories.findValuesAsText("signedBy")).contains(person);

        // A change of needs opens a review; the review is decided; both keep their words.
        String needs = "Tha feum agam air barrachd cuideachaidh " + EMOJI + " " + URDU + RIGHT_TO_LEFT_MARK;
        api.as(supported).post("/api/isfs/" + isf + "/needs-changes", Map.of("description", needs)).expect(202);
        awaitTask(isf, IsfProcess.REVIEW_ISF);
        String notes = "Bidh am buidseat mar a tha e. " + POLISH + " " + COMBINING + " ${money} " + HYPERLINK;
        socialWorker().post("/api/isfs/" + isf + "/review-decision", Map.of("changeBudget", false,
                "notes", notes)).expect(200);
        awaitIsfStatus(isf, "ACTIVE");
        JsonNode review = api.as(supported).get("/api/isfs/" + isf + "/support-plan").expect(200).body()
                .path("reviews").get(0);
        assertThat(review.path("detail").asText()).isEqualTo(needs);
        assertThat(review.path("notes").asText()).isEqualTo(notes);
        assertThat(why("isf", isf, "isf.review-decided")).endsWith(": " + notes);
        assertThat(why("isf", isf, "isf.provider-chosen")).contains(MAIRI + " " + COMBINING);

        // Statement ids the provider writes are its own: ids that differ only by an emoji or an accent are two
        // statements, and a repeated one is answered with what was stored.
        String month = socialWorker().get("/api/isfs/" + isf + "/ledger").expect(200).body().path("months").get(0)
                .path("periodStart").asText();
        String notes1 = "Wydatki " + LODZ + " " + EMOJI + " " + HYPERLINK;
        statement(provider, isf, "Ràitheas-🙂", month, notes1).expect(201);
        statement(provider, isf, "Ràitheas-😀", month, "Sgrùdadh " + SUM).expect(201);
        statement(provider, isf, "Raitheas-🙂", month, URDU).expect(201);
        JsonNode repeated = statement(provider, isf, "Ràitheas-🙂", month, "sent again").expect(200).body();
        assertThat(repeated.path("duplicate").asBoolean()).isTrue();
        assertThat(repeated.path("notes").asText()).isEqualTo(notes1);
        assertThat(socialWorker().get("/api/isfs/" + isf + "/ledger").expect(200).body().path("months").get(0)
                .path("spent").decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void aControlCharacterPastedIntoAnOutcomeIsKeptOnRecordAndLeftOutOfTheAgreementSoItCanBeSigned()
            throws Exception {
        // Text pasted from an older system can carry a control character, which no Word document can hold.
        String provider = registered("Cùram " + MAIRI);
        SignedInPerson supported = new SignedInPerson("malgorzata.wasowska", POLISH, Set.of(Role.SUPPORTED_PERSON),
                null, null);
        String isf = openIsf(POLISH, supported.username(), List.of("Płacić rachunki\u0007 sama"));
        chooseAndAccept(isf, supported, provider, "Blisko domu w " + LODZ);

        String agreement = isf + "-A1";
        await().atMost(EngineHarness.PATIENCE).until(() -> socialWorker().get("/api/contracts/" + agreement)
                .body().path("status").asText(), "AWAITING_SIGNATURES"::equals);
        String text = documentText(api.as(supported).download("/api/contracts/" + agreement + "/document"));
        assertThat(text).contains("Płacić rachunki sama");
        assertThat(texts(api.as(supported).get("/api/isfs/" + isf).expect(200).body().path("outcomes")))
                .containsExactly("Płacić rachunki\u0007 sama");
        assertThat(incidentAbout(agreement)).isNull();
    }

    @Test
    void aFairWorkCheckKeepsTheRoleNamesAndDescriptionsItWasGiven() {
        String key = "faclan-" + System.nanoTime() + "-" + MAIRI + "-🙂";
        String role = "Neach-taic " + EMOJI + " " + LODZ;
        String voice = "Komitet pracowników " + POLISH + "; " + URDU + RIGHT_TO_LEFT_MARK + " " + HYPERLINK;
        Map<String, Object> declaration = new HashMap<>(Declarations.meetingEverything(13.45));
        declaration.put("hourlyPayByRole", Map.of(role, 13.45));
        declaration.put("workerVoice", "OTHER_CHANNEL");
        declaration.put("workerVoiceDescription", voice);
        JsonNode checked = procurementOfficer().post("/api/fair-work/checks", Map.of("fairWorkCheckKey", key,
                "fairWorkContext", "TENDER", "contractStartDate", "2027-04-01",
                "fairWorkDeclaration", declaration)).expect(200).body();
        JsonNode stored = commissioner().get("/api/fair-work/checks/" + key).expect(200).body();
        assertThat(stored.path("checkKey").asText()).isEqualTo(key);
        assertThat(stored.path("results")).isEqualTo(checked.path("results"));
        assertThat(stored.toString()).contains(role);

        // Keys the caller chooses are its own: one that differs only by an accent or an emoji is another check.
        for (String other : List.of(key.replace(MAIRI, "Mairi"), key.replace("🙂", "😀"))) {
            JsonNode another = procurementOfficer().post("/api/fair-work/checks", Map.of("fairWorkCheckKey", other,
                    "fairWorkContext", "ISF", "contractStartDate", "2027-04-01",
                    "fairWorkDeclaration", declaration)).expect(200).body();
            assertThat(another.path("checkKey").asText()).isEqualTo(other);
            assertThat(another.path("context").asText()).isEqualTo("ISF");
        }
        assertThat(commissioner().get("/api/fair-work/checks/" + key).expect(200).body().path("context").asText())
                .isEqualTo("TENDER");

        // A long description is quoted shortened in the result, never cut inside a letter the emoji is made of.
        String longKey = key + "-long";
        String longVoice = "W".repeat(296) + EMOJI + " Rada pracowników";
        declaration.put("workerVoiceDescription", longVoice);
        procurementOfficer().post("/api/fair-work/checks", Map.of("fairWorkCheckKey", longKey,
                "fairWorkContext", "TENDER", "contractStartDate", "2027-04-01",
                "fairWorkDeclaration", declaration)).expect(200);
        String quoted = commissioner().get("/api/fair-work/checks/" + longKey).expect(200).body().path("results")
                .findValuesAsText("reason").stream().filter(reason -> reason.contains("WWW")).findFirst().orElseThrow();
        assertThat(quoted).contains("W".repeat(296) + "...");
        assertThat(quoted.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE).count())
                .as("halves of a letter").isZero();
        assertThat(quoted).doesNotContain("?").doesNotContain("\uFFFD");
    }

    @Test
    void referenceDataKeepsItsNamesSourcesAndReasons() {
        String name = "Là " + MAIRI + " " + EMOJI + " " + COMBINING;
        String source = "Rozporządzenie z " + LODZ + "; " + URDU + RIGHT_TO_LEFT_MARK + " " + HYPERLINK;
        String reason = "Air sgàth " + GAELIC + " " + SUM;
        String day = "2097-0" + (1 + (int) (System.nanoTime() % 9)) + "-1" + (int) (System.nanoTime() % 10);
        JsonNode added = administrator().post("/api/reference-data/bank-holidays", Map.of("effectiveFrom", day,
                "name", name, "sourceNote", source, "reason", reason)).expect(201).body();
        long id = added.path("id").asLong();
        JsonNode listed = null;
        for (JsonNode holiday : administrator().get("/api/reference-data/bank-holidays").expect(200).body()) {
            if (holiday.path("id").asLong() == id) {
                listed = holiday;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("name").asText()).isEqualTo(name);
        assertThat(listed.path("sourceNote").asText()).isEqualTo(source);
        JsonNode changes = administrator().get("/api/reference-data/bank-holidays/changes?recordId=" + id)
                .expect(200).body();
        assertThat(changes.findValuesAsText("reason")).contains(reason);
    }

    // --- people, each allowed by the rules to do what they do here

    private Api.SignedIn commissioner() {
        return api.as("morag.fraser", COUNCIL, Role.COMMISSIONER);
    }

    private Api.SignedIn procurementOfficer() {
        return api.as("officer.moira", COUNCIL, Role.PROCUREMENT_OFFICER);
    }

    private Api.SignedIn administrator() {
        return api.as("admin.kirsty", COUNCIL, Role.ADMINISTRATOR);
    }

    private Api.SignedIn provider(String providerReference) {
        return api.as(providerUser(providerReference));
    }

    private static SignedInPerson providerUser(String providerReference) {
        return new SignedInPerson(providerReference.toLowerCase(), "Pat Provider", Set.of(Role.PROVIDER_USER),
                providerReference, null);
    }

    /** The council's social worker, who opens the fund and signs for the council. */
    private Api.SignedIn socialWorker() {
        return api.as(SOCIAL_WORKER);
    }

    // --- steps

    /** A provider registered through the API by a procurement officer and admitted by them in the inbox. */
    private String registered(String name) {
        String serviceNumber = "CS" + SERVICE_NUMBERS.incrementAndGet();
        Map<String, Object> service = Map.of("serviceNumber", serviceNumber, "name", name, "status", "Active",
                "grades", Map.of("wellbeing", 5));
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate/services/" + serviceNumber))
                .willReturn(okJson(json.valueToTree(service).toString())));
        String reference = procurementOfficer().post("/api/providers", Map.of("name", name,
                "organisationType", "THIRD_SECTOR", "sme", true, "careInspectorateNumber", serviceNumber,
                "contactEmail", "office@words.example.org")).expect(202).body().path("reference").asText();
        TaskView review = awaitTask(reference, ProviderRegistrationProcess.REVIEW_REGISTRATION);
        procurementOfficer().post("/api/tasks/" + review.taskKey() + "/complete", Map.of("decision", "admit",
                "decisionNotes", "Clàraichte " + EMOJI + " " + SUM)).expect(200);
        await().atMost(EngineHarness.PATIENCE).until(() -> procurementOfficer().get("/api/providers/" + reference),
                r -> r.status() == 200 && r.body().path("status").asText().equals("ADMITTED"));
        return reference;
    }

    /** A social worker opens a fund for the person with these outcomes, and it waits for their choice. */
    private String openIsf(String person, String username, List<String> outcomes) {
        Map<String, Object> request = new HashMap<>();
        request.put("personName", person);
        request.put("personUserId", username);
        request.put("personEmail", username + "@example.org");
        request.put("councilName", "Comhairle nan Eilean Siar");
        request.put("socialWorkerName", POLISH);
        request.put("socialWorkerEmail", "social.worker@example.scot");
        request.put("outcomes", outcomes);
        request.put("indicativeAnnualBudget", 12000);
        request.put("weeklyHours", 10);
        JsonNode opened = socialWorker().post("/api/isfs", request).expect(201).body();
        started.add(opened.path("processInstanceKey").asLong());
        String isf = opened.path("reference").asText();
        awaitTask(isf, IsfProcess.RECORD_CHOICE);
        return isf;
    }

    /** The person chooses the provider in their own words, helped by an advocate, and the provider accepts. */
    private void chooseAndAccept(String isf, SignedInPerson supported, String provider, String inOwnWords) {
        api.as(supported).post("/api/isfs/" + isf + "/choice", Map.of("providerReference", provider,
                "inOwnWords", inOwnWords, "helpedBy", "ADVOCATE", "helperName", MAIRI + " " + COMBINING))
                .expect(200);
        awaitTask(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        Map<String, Object> answer = new HashMap<>(Declarations.asFormFields(13.45, null));
        answer.put("accepted", true);
        answer.put("notes", "Możemy zacząć od razu " + EMOJI);
        api.as(providerUser(provider)).post("/api/isfs/" + isf + "/provider-answer", answer).expect(200);
    }

    private Api.Response statement(String provider, String isf, String statementId, String month, String notes) {
        return api.as(providerUser(provider)).post("/api/isfs/" + isf + "/statements", Map.of("statementId",
                statementId, "periodStart", month, "amountSpent", 100, "hoursDelivered", 4, "notes", notes));
    }

    /** The open incident, as an administrator lists them, of a process about this record (or null). */
    private JsonNode incidentAbout(String reference) {
        for (JsonNode incident : administrator().get("/api/incidents").expect(200).body()) {
            if (incident.path("record").asText().endsWith("=" + reference)) {
                return incident;
            }
        }
        return null;
    }

    private long respond(String reference, String provider, String name, long price, double rate,
            String qualityStatement) {
        Map<String, Object> response = new HashMap<>(TenderFixtures.response(provider, name, price, rate,
                TenderFixtures.fairWorkDeclaration(13.45)));
        response.put("qualityStatement", qualityStatement);
        return provider(provider).post("/api/opportunities/" + reference + "/responses", response).expect(201)
                .body().path("responseId").asLong();
    }

    /** The evaluator scores every response, the first highest. */
    private void score(String reference, String evaluator, String comments, long... responses) {
        await().atMost(EngineHarness.PATIENCE).until(() -> !inbox.find(new TaskQuery(TaskStatus.OPEN, null,
                reference, null, TenderProcess.SCORE_RESPONSES, evaluator)).isEmpty());
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < responses.length; i++) {
            scores.add(scoreOf(responses[i], 80 - 20 * i, 70 - 10 * i, comments));
        }
        api.as(evaluator, COUNCIL, Role.EVALUATOR).post("/api/tenders/" + reference + "/evaluations",
                Map.of("scores", scores)).expect(200);
    }

    private static Map<String, Object> scoreOf(long responseId, int quality, int fairWork, String comments) {
        return Map.of("responseId", responseId, "quality", quality, "fairWork", fairWork, "comments", comments);
    }

    private void sign(SignedInPerson signer, String contract, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contract + "/signatures", Map.of("signatoryRole", role,
                "signedBy", signer.displayName(), "documentSha256", sha)).expect(200);
    }

    private JsonNode awaitTenderStatus(String reference, String status) {
        return await().atMost(EngineHarness.PATIENCE).until(
                () -> commissioner().get("/api/tenders/" + reference).expect(200).body(),
                body -> body.path("status").asText().equals(status));
    }

    private JsonNode awaitIsfStatus(String isf, String status) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> socialWorker().get("/api/isfs/" + isf).body(),
                body -> body.path("status").asText().equals(status));
    }

    /** The reason the audit trail gives for the one decision of this kind about this record. */
    private String why(String subjectType, String reference, String action) {
        JsonNode found = administrator().get("/api/audit?subjectType=" + subjectType + "&subjectReference="
                + reference + "&action=" + action).expect(200).body().path("content");
        assertThat(found).as(action + " for " + reference).hasSize(1);
        return found.get(0).path("why").asText();
    }

    private static JsonNode responseOf(JsonNode responses, long id) {
        for (JsonNode response : responses) {
            if (response.path("id").asLong() == id) {
                return response;
            }
        }
        throw new AssertionError("No response " + id + " in " + responses);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String documentText(byte[] docx) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }
}
