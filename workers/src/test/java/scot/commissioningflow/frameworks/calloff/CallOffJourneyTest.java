package scot.commissioningflow.frameworks.calloff;

import org.springframework.transaction.PlatformTransactionManager;
import scot.commissioningflow.referencedata.ReferenceData;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static scot.commissioningflow.commissioning.TenderFixtures.fairWorkDeclaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.opendata.OcdsSchemas;
import scot.commissioningflow.reporting.opendata.OpenDataSettings;

/**
 * Call-offs end to end on the real engine and database: a direct award by the supported person's recorded choice,
 * and a mini-competition with no standstill and no contract notice, its award notice published at £50,000 or more.
 */
class CallOffJourneyTest extends JourneyTest {

    static final String COUNCIL = "CALLOFF-HSCP";
    /** Past any response period of up to 60 days ending on a working day. */
    static final Duration PAST_RESPONSES = Duration.ofDays(70);

    @Autowired
    JdbcTemplate jdbc;


    @Autowired

    ReferenceData referenceData;


    @Autowired

    PlatformTransactionManager transactions;

    @Autowired
    ContractRegister register;

    @Autowired
    OpenDataSettings openData;

    @Autowired
    CallOffMeasures callOffMeasures;

    private final List<Long> started = new ArrayList<>();

    @BeforeEach
    void publicContractsScotlandAnswers() {
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).willReturn(okJson("{\"noticeId\": \"PCS-CO-1\"}")));
    }

    @AfterEach
    void cancelWhatIsLeft() {
        started.forEach(engine::cancelIfRunning);
    }

    static SignedInPerson commissioner() {
        return new SignedInPerson("cora.calloff", "Cora Calloff", Set.of(Role.COMMISSIONER), COUNCIL, null);
    }

    static SignedInPerson provider(Member member) {
        return new SignedInPerson("bids." + member.providerReference().toLowerCase(), member.providerName(),
                Set.of(Role.PROVIDER_USER), member.providerReference(), null);
    }

    static Map<String, Object> callOff(LotFixture lot, String method, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkReference", lot.frameworkReference);
        body.put("lotNumber", lot.lotNumber);
        body.put("title", "Supported living for three tenants in Aviemore");
        body.put("serviceDescription", "Support at home for three people who share a house and want to stay there.");
        body.put("commissioningBody", "Highland Health and Social Care Partnership");
        body.put("commissionerName", "Cora Calloff");
        body.put("commissionerEmail", "cora.calloff@council.example");
        body.put("method", method);
        body.put("peopleInvolved", "The three tenants and two of their families met us twice at the house.");
        body.put("estimatedValueExVat", value);
        body.put("estimatedValueIncVat", value);
        body.put("pricedService", LotFixture.PRICED_SERVICE);
        body.put("startDate", LocalDate.now().plusMonths(2).toString());
        body.put("endDate", LocalDate.now().plusMonths(26).minusDays(1).toString());
        body.put("responseDays", 5);
        body.put("outcomes", List.of(Map.of("outcome", "The tenants stay living together at home",
                "indicator", "Tenancies held after 12 months")));
        body.put("monitoringArrangements", "Quarterly visits with the tenants");
        return body;
    }

    String request(Map<String, Object> body) {
        JsonNode requested = api.as(commissioner()).post("/api/call-offs", body).expect(201).body();
        started.add(requested.path("processInstanceKey").asLong());
        return requested.path("reference").asText();
    }

    JsonNode callOff(String reference) {
        return api.as(commissioner()).get("/api/call-offs/" + reference).expect(200).body();
    }

    @Test
    void aDirectAwardByThePersonsRecordedChoiceIsContractedWithoutCompetition() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        lot.admit("Top Ranked Care", 6, "92.00", "27.00", null);
        Member chosen = lot.admit("Taigh Support", 5, "78.00", "26.50", null);
        Map<String, Object> body = callOff(lot, "WITHOUT_REOPENING_COMPETITION", "60000.00");
        body.put("directBasis", "PERSONS_CHOICE");
        body.put("chosenProviderReference", chosen.providerReference());
        assertThat(api.as(commissioner()).post("/api/call-offs", body).expect(400).body().toString())
                .contains("choiceReason");
        body.put("choiceReason", "Mairi chose Taigh Support: they supported her sister and she trusts them.");
        String reference = request(body);

        String contract = reference + "-C1";
        String sha = awaitSignable(contract);
        sign(contract, provider(chosen), "provider", sha);
        sign(contract, commissioner(), "commissioner", sha);
        engine.awaitCompleted(started.getLast());

        JsonNode done = callOff(reference);
        assertThat(done.path("status").asText()).isEqualTo("CONTRACT_LIVE");
        assertThat(done.path("route").asText()).isEqualTo("FRAMEWORK_DIRECT_AWARD");
        assertThat(done.path("ocdsMethod").asText()).isEqualTo("withoutReopeningCompetition");
        assertThat(done.path("awardedProviderReference").asText()).isEqualTo(chosen.providerReference());
        assertThat(done.path("awardRationale").asText()).contains("she trusts them");
        assertThat(done.path("hourlyRate").decimalValue()).isEqualByComparingTo("26.50");
        assertThat(done.path("awardNoticeId").asText()).isEqualTo("PCS-CO-1");
        assertThat(register.get(contract).contract().kind()).isEqualTo(ContractKind.FRAMEWORK_CALL_OFF);
        assertThat(notices(reference)).as("an award notice, never a contract notice").hasSize(1)
                .allMatch(n -> n.contains("AWARD_NOTICE") && n.contains(lot.frameworkReference)
                        && n.contains("withoutReopeningCompetition"));
    }

    @Test
    void aMiniCompetitionHasNoStandstillAndNoContractNoticeAndIsAwardedOnTheFrameworksWeights() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member strong = lot.admit("Strong Proposal Ltd", 5, "80.00", "28.00", null);
        Member cheap = lot.admit("Cheap Proposal Ltd", 5, "80.00", "24.00", null);
        Member silent = lot.admit("Silent Care", 5, "80.00", "25.00", null);
        String reference = request(callOff(lot, "WITH_REOPENING_COMPETITION", "120000.00"));
        engine.awaitElementCompleted(started.getLast(), CallOffProcess.MiniCompetition.INVITE_MEMBERS);

        respond(reference, strong, "28.00", "110000.00");
        respond(reference, cheap, "24.00", "95000.00");
        api.as(provider(strong)).post("/api/call-offs/" + reference + "/responses",
                response("27.00", "100000.00")).expect(409);
        JsonNode sealed = callOff(reference);
        assertThat(sealed.path("responses").findValues("proposal")).as("sealed until responses close").hasSize(3)
                .allMatch(JsonNode::isNull);

        engine.passTime(PAST_RESPONSES);
        awaitTask(reference, CallOffProcess.MiniCompetition.DECIDE_AWARD);
        api.as(provider(silent)).post("/api/call-offs/" + reference + "/responses",
                response("25.00", "90000.00")).expect(409);
        Map<String, Object> decision = Map.of("rationale", "Strong Proposal knows the tenants and the house.",
                "marks", List.of(Map.of("providerReference", strong.providerReference(), "qualityScore", 90),
                        Map.of("providerReference", cheap.providerReference(), "qualityScore", 60)));
        api.as(commissioner()).post("/api/call-offs/" + reference + "/award", decision).expect(200);

        String contract = reference + "-C1";
        String sha = awaitSignable(contract);
        sign(contract, provider(strong), "provider", sha);
        sign(contract, commissioner(), "commissioner", sha);
        engine.awaitCompleted(started.getLast());

        JsonNode done = callOff(reference);
        assertThat(done.path("route").asText()).isEqualTo("FRAMEWORK_MINI_COMPETITION");
        assertThat(done.path("noticeDuty").asText()).isEqualTo("AWARD_NOTICE");
        assertThat(done.path("ocdsMethod").asText()).isEqualTo("withReopeningCompetition");
        assertThat(done.path("awardedProviderReference").asText()).isEqualTo(strong.providerReference());
        assertThat(done.path("status").asText()).isEqualTo("CONTRACT_LIVE");
        assertThat(engine.completedElements(started.getLast())).as("no standstill, no contract notice")
                .noneMatch(e -> e.toLowerCase().contains("standstill") || e.contains("ContractNotice"));
        assertThat(notices(reference)).hasSize(1).allMatch(n -> n.contains("AWARD_NOTICE")
                && n.contains("withReopeningCompetition") && !n.contains("CONTRACT_NOTICE"));

        // Open data: the call-off with the techniques extension, naming its framework as a related process.
        String frameworkOcid = openData.ocidPrefix() + "-framework-" + lot.frameworkReference;
        String callOffOcid = openData.ocidPrefix() + "-framework-" + reference;
        for (String ocid : List.of(frameworkOcid, callOffOcid)) {
            assertThat(OcdsSchemas.releasePackageProblems(api.get("/api/open-data/releases/" + ocid).expect(200)
                    .body())).as(ocid).isEmpty();
            assertThat(OcdsSchemas.recordPackageProblems(api.get("/api/open-data/records/" + ocid).expect(200)
                    .body())).as(ocid).isEmpty();
        }
        JsonNode released = api.get("/api/open-data/releases/" + callOffOcid).expect(200).body();
        assertThat(released.path("extensions").toString()).contains("ocds_techniques_extension");
        JsonNode awardRelease = released.path("releases").get(1);
        assertThat(awardRelease.path("tag").get(0).asText()).isEqualTo("award");
        assertThat(awardRelease.path("awards").get(0).path("suppliers").get(0).path("name").asText())
                .isEqualTo("Strong Proposal Ltd");
        JsonNode related = awardRelease.path("relatedProcesses").get(0);
        assertThat(related.path("relationship").get(0).asText()).isEqualTo("framework");
        assertThat(related.path("identifier").asText()).isEqualTo(frameworkOcid);
        JsonNode techniques = released.path("releases").get(0).path("tender").path("techniques");
        assertThat(techniques.path("hasFrameworkAgreement").asBoolean()).isTrue();
        assertThat(techniques.path("frameworkAgreement").path("method").asText())
                .isEqualTo("withReopeningCompetition");
        assertThat(released.toString()).as("nothing the people involved said").doesNotContain("met us twice");

        // The flexibility report counts it for the council that called off.
        Map<String, Measure> measures = callOffMeasures.measures(new ReportingPeriod(LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1), "around now")).stream()
                .collect(Collectors.toMap(Measure::id, Function.identity()));
        assertThat(measures.get("frameworks.call-offs.count").valueFor(COUNCIL))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(measures.get("frameworks.call-offs.value").valueFor(COUNCIL))
                .isGreaterThanOrEqualTo(new BigDecimal("120000.00"));
        assertThat(measures.get("frameworks.call-offs.mini-competition.share").valueFor(COUNCIL)).isPositive();
    }

    @Test
    void aMiniCompetitionWhereNoResponseMeetsFairWorkEndsNotAwardedAndTellsTheCommissionerWhy() {
        LotFixture lot = LotFixture.liveFramework(jdbc, referenceData, transactions);
        Member first = lot.admit("Low Pay Homecare", 5, "80.00", "22.00", null);
        Member second = lot.admit("Minimum Wage Care", 5, "80.00", "21.00", null);
        String reference = request(callOff(lot, "WITH_REOPENING_COMPETITION", "120000.00"));
        engine.awaitElementCompleted(started.getLast(), CallOffProcess.MiniCompetition.INVITE_MEMBERS);

        // Both pay support workers less than the real Living Wage in force, so neither meets fair work.
        respond(reference, first, "22.00", "90000.00", 10.00);
        respond(reference, second, "21.00", "88000.00", 10.00);
        engine.passTime(PAST_RESPONSES);
        engine.awaitCompleted(started.getLast());

        JsonNode done = callOff(reference);
        assertThat(done.path("status").asText()).isEqualTo("NOT_AWARDED");
        assertThat(done.path("awardRationale").asText()).contains("No response met fair work");
        assertThat(done.path("responses").findValuesAsText("fairWorkOutcome")).containsOnly("NOT_MET");
        assertThat(engine.completedElements(started.getLast()))
                .contains(CallOffProcess.MiniCompetition.NO_FAIR_RESPONSES, CallOffProcess.NOT_AWARDED)
                .doesNotContain(CallOffProcess.MiniCompetition.DECIDE_AWARD, CallOffProcess.CONTRACT);
        assertThat(notices(reference)).as("nothing awarded, nothing to give notice of").isEmpty();
        assertThat(EXTERNAL_SERVICES.findAll(postRequestedFor(urlEqualTo("/notifications/messages"))).stream()
                .map(LoggedRequest::getBodyAsString).filter(b -> b.contains("call-off-no-fair-work/" + reference)))
                .as("the commissioner is told once, naming each provider").hasSize(1)
                .allMatch(b -> b.contains("cora.calloff@council.example") && b.contains("Low Pay Homecare")
                        && b.contains("Minimum Wage Care"));
        api.as(commissioner()).post("/api/call-offs/" + reference + "/award", Map.of("rationale", "None",
                "marks", List.of(Map.of("providerReference", first.providerReference(), "qualityScore", 50))))
                .expect(409);
    }

    private static Map<String, Object> response(String rate, String total, double hourlyPay) {
        return Map.of("proposal", "We already support one of the tenants; the same team of four would cover the"
                        + " house, with a waking night when needed.", "hourlyRate", rate, "totalPrice", total,
                "fairWorkDeclaration", fairWorkDeclaration(hourlyPay));
    }

    private static Map<String, Object> response(String rate, String total) {
        return response(rate, total, 13.45);
    }

    private void respond(String reference, Member member, String rate, String total) {
        respond(reference, member, rate, total, 13.45);
    }

    private void respond(String reference, Member member, String rate, String total, double hourlyPay) {
        api.as(provider(member)).post("/api/call-offs/" + reference + "/responses",
                response(rate, total, hourlyPay)).expect(200);
    }

    private List<String> notices(String reference) {
        return EXTERNAL_SERVICES.findAll(postRequestedFor(urlEqualTo("/pcs/notices"))).stream()
                .map(LoggedRequest::getBodyAsString).filter(b -> b.contains("\"" + reference + "\"")).toList();
    }

    private String awaitSignable(String contractReference) {
        // The first document a JVM generates waits for docx4j to start (over a minute on a loaded two-core machine).
        return await().atMost(Duration.ofMinutes(3)).until(() -> api.as(commissioner())
                        .get("/api/contracts/" + contractReference),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES"))
                .body().path("documentSha256").asText();
    }

    private void sign(String contractReference, SignedInPerson signer, String role, String sha) {
        api.as(signer).post("/api/contracts/" + contractReference + "/signatures",
                Map.of("signatoryRole", role, "signedBy", signer.displayName(), "documentSha256", sha)).expect(200);
    }
}
