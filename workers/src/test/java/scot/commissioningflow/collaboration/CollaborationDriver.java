package scot.commissioningflow.collaboration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskStatus;

/**
 * Drives collaboration funding through its API as the people who use it: a funder, a lead provider and its partners,
 * and a panel of two. Every name is made unique for the journey that asks, so journeys sharing the engine and the
 * database never meet. The browser journey ({@code CollaborationBrowserTest}) borrows its register stubs, its wait for
 * the panel's task and its signing.
 */
public final class CollaborationDriver {

    static final List<String> CRITERIA = List.of("Co-production with people who use support",
            "Strength of the partnership", "Value for money");

    final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String funderOrganisation = "FUND-" + id;
    final String panelOne = "panel.one-" + id;
    final String panelTwo = "panel.two-" + id;
    private final Api api;
    private final TaskInbox inbox;
    private final WireMockServer registers;

    public CollaborationDriver(Api api, TaskInbox inbox, WireMockServer registers) {
        this.api = api;
        this.inbox = inbox;
        this.registers = registers;
    }

    Api.SignedIn funder() {
        return api.as("fiona.funder-" + id, funderOrganisation, Role.COMMISSIONER);
    }

    Api.SignedIn provider(String providerReference) {
        return api.as("user-" + providerReference, providerReference, Role.PROVIDER_USER);
    }

    Api.SignedIn panel(String member) {
        return api.as(member, "NATIONAL-PROGRAMME", Role.PANEL_MEMBER);
    }

    /** A round open from today for two days, with a budget, weighted criteria and the panel of two. */
    JsonNode openRound(long budget) {
        Map<String, Object> round = new HashMap<>();
        round.put("title", "Building collaboration fund " + id);
        round.put("purpose", "Providers working together: shared back office, co-designed support, alliances.");
        round.put("funderName", "National Care Programme " + id);
        round.put("funderSignatory", "Fiona Funder");
        round.put("funderEmail", "fiona@funder.example");
        round.put("budget", budget);
        round.put("opensOn", LocalDate.now().toString());
        round.put("closesOn", LocalDate.now().plusDays(1).toString());
        round.put("criteria", List.of(criterion(CRITERIA.get(0), 50), criterion(CRITERIA.get(1), 30),
                criterion(CRITERIA.get(2), 20)));
        round.put("eligibility", Map.of("notForProfit", true, "scottishBase", true, "accountsFiled", true,
                "furtherRules", "Partnerships of at least two providers."));
        round.put("panelMembers", List.of(panelOne, panelTwo));
        round.put("reportReminderDays", 14);
        round.put("reportGraceDays", 28);
        JsonNode opened = funder().post("/api/collaboration/rounds", round).expect(201).body();
        awaitRound(opened.path("reference").asText(), r -> r.path("status").asText().equals("OPEN"));
        return opened;
    }

    private static Map<String, Object> criterion(String name, int weight) {
        return Map.of("name", name, "weight", weight, "guidance", "What the panel looks for: " + name + ".");
    }

    public JsonNode awaitRound(String reference, Predicate<JsonNode> until) {
        return await().atMost(EngineHarness.PATIENCE)
                .until(() -> funder().get("/api/collaboration/rounds/" + reference).expect(200).body(), until);
    }

    /** A charity on the Scottish register, active, based in Scotland, with its accounts in. */
    public String registeredCharity(String name) {
        String number = "SC" + Math.abs((name + id).hashCode());
        registers.stubFor(get(urlEqualTo("/charity-register/charities/" + number)).willReturn(okJson("""
                {"charityNumber": "%s", "charityName": "%s", "charityStatus": "Active",
                 "mainOperatingCountry": "Scotland", "accountsOverdue": false}""".formatted(number, name))));
        return number;
    }

    /** A company limited by shares: on the register, Scottish, but able to distribute profit. */
    String profitMakingCompany(String name) {
        String number = "SC" + Math.abs((name + id).hashCode() % 1_000_000);
        registers.stubFor(get(urlEqualTo("/company-register/company/" + number)).willReturn(okJson("""
                {"company_number": "%s", "company_name": "%s", "company_status": "active", "type": "ltd",
                 "jurisdiction": "scotland", "accounts": {"overdue": false}}""".formatted(number, name))));
        return number;
    }

    /** A partnership: the lead and two partners, each on a register as given. */
    record Partnership(String lead, String partnerA, String partnerB, Map<String, Object> leadEntry,
            List<Map<String, Object>> partners) {
    }

    Partnership partnership(String leadSuffix, Map<String, Object> partnerBRegister) {
        String lead = "PRV-L" + leadSuffix;
        String partnerA = "PRV-A" + id;
        String partnerB = "PRV-B" + id;
        Map<String, Object> leadEntry = Map.of("name", "Spey Support " + leadSuffix, "email", "lead@spey.example",
                "registerKind", "CHARITY", "registerNumber", registeredCharity("Spey Support " + leadSuffix),
                "part", "We lead the partnership and run the shared rota.");
        Map<String, Object> a = Map.of("providerReference", partnerA, "name", "Cairngorm Care " + id, "email",
                "hello@cairngorm.example", "registerKind", "CHARITY", "registerNumber",
                registeredCharity("Cairngorm Care " + id), "part", "We run the co-design workshops.");
        Map<String, Object> b = new HashMap<>(Map.of("providerReference", partnerB, "name", "Tay Homes " + id,
                "email", "office@tay.example", "part", "We run payroll for the three of us."));
        b.putAll(partnerBRegister);
        return new Partnership(lead, partnerA, partnerB, leadEntry, List.of(a, b));
    }

    Map<String, Object> charityRegister(String name) {
        return Map.of("registerKind", "CHARITY", "registerNumber", registeredCharity(name));
    }

    /**
     * The lead writes the application, both partners confirm, the agreement is attached and it is submitted.
     *
     * @param perLine the amount of each of the three budget lines; two milestones pay half each
     */
    String apply(String round, Partnership partnership, long perLine) {
        Map<String, Object> application = new HashMap<>();
        application.put("title", "Shared back office and co-designed support " + id);
        application.put("lead", partnership.leadEntry());
        application.put("partners", partnership.partners());
        application.put("whoUsesSupport", "Adults with learning disabilities in Badenoch and Strathspey, who asked"
                + " for the same faces at weekends and shaped the rota in four workshops.");
        application.put("peopleInvolved", List.of(
                Map.of("who", "SUPPORTED_PEOPLE", "howMany", 12, "how", "Four co-design workshops in Aviemore"),
                Map.of("who", "UNPAID_CARERS", "howMany", 5, "how", "A survey and a carers' evening")));
        application.put("outcomes", List.of("People see the same workers at weekends",
                "Three providers share one back office"));
        application.put("budget", List.of(
                Map.of("line", "Shared rota", "partner", partnership.lead(), "amount", perLine),
                Map.of("line", "Co-design workshops", "partner", partnership.partnerA(), "amount", perLine),
                Map.of("line", "Shared payroll", "partner", partnership.partnerB(), "amount", perLine)));
        long half = perLine * 3 / 2;
        application.put("milestones", List.of(
                Map.of("name", "Shared rota live", "reportDueOn", LocalDate.now().plusDays(60).toString(),
                        "payment", half),
                Map.of("name", "Shared back office live", "reportDueOn", LocalDate.now().plusDays(120).toString(),
                        "payment", perLine * 3 - half)));
        application.put("fairWorkDeclaration", Declarations.meetingEverything(13.45));
        String reference = provider(partnership.lead()).post("/api/collaboration/rounds/" + round
                + "/applications", application).expect(201).body().path("reference").asText();
        for (String partner : List.of(partnership.partnerA(), partnership.partnerB())) {
            provider(partner).post("/api/collaboration/applications/" + reference + "/confirmation",
                    Map.of("part", "We confirm our part, as our board agreed.")).expect(200);
        }
        provider(partnership.lead()).send(org.springframework.http.HttpMethod.PUT, "/api/collaboration/applications/"
                + reference + "/partnership-agreement", Map.of("fileName", "partnership-agreement.pdf",
                "contentType", "application/pdf", "contentBase64", Base64.getEncoder().encodeToString(
                        "%PDF-1.4 partnership agreement signed by three boards".getBytes(StandardCharsets.UTF_8))))
                .expect(200);
        provider(partnership.lead()).post("/api/collaboration/applications/" + reference + "/submission", null)
                .expect(200);
        return reference;
    }

    JsonNode awaitApplication(String reference, String lead, Predicate<JsonNode> until) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> provider(lead).get(
                "/api/collaboration/applications/" + reference).expect(200).body(), until);
    }

    public void awaitScoringTask(String round, String member) {
        TaskQuery query = new TaskQuery(TaskStatus.OPEN, null, round, null, CollaborationProcess.SCORE_APPLICATIONS,
                member);
        await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(query), tasks -> !tasks.isEmpty());
    }

    /** A panel member declares (conflicted in those named), scores the rest with this mark, and finishes. */
    void panelMemberScores(String round, String member, int mark, List<String> conflictedIn) {
        awaitScoringTask(round, member);
        List<Map<String, Object>> declarations = new ArrayList<>();
        for (JsonNode item : panel(member).get("/api/collaboration/rounds/" + round + "/panel").expect(200).body()) {
            String application = item.path("applicationReference").asText();
            boolean conflicted = conflictedIn.contains(application);
            declarations.add(conflicted ? Map.of("applicationReference", application, "conflicted", true,
                    "interest", "I am a trustee of the lead provider.")
                    : Map.of("applicationReference", application, "conflicted", false));
        }
        panel(member).post("/api/collaboration/rounds/" + round + "/conflicts", Map.of("declarations", declarations))
                .expect(200);
        for (Map<String, Object> declaration : declarations) {
            if (Boolean.TRUE.equals(declaration.get("conflicted"))) {
                continue;
            }
            String application = (String) declaration.get("applicationReference");
            panel(member).get("/api/collaboration/applications/" + application).expect(200);
            panel(member).post("/api/collaboration/applications/" + application + "/scores", Map.of("scores",
                    CRITERIA.stream().map(c -> Map.of("criterion", c, "score", mark, "comment",
                            "Marked on the evidence given for " + c + ".")).toList())).expect(200);
        }
        panel(member).post("/api/collaboration/rounds/" + round + "/scoring-complete", null).expect(200);
    }

    /** Waits for the funder's moderation task: every panel member has finished scoring. */
    public void awaitModeration(String round) {
        await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(TaskQuery.open().forBusinessKey(round)
                .atElement(CollaborationProcess.MODERATE_SCORES)), tasks -> !tasks.isEmpty());
    }

    void moderate(String round) {
        awaitModeration(round);
        funder().post("/api/collaboration/rounds/" + round + "/moderation", Map.of("moderatedScores", List.of(),
                "awardConditions", "The real Living Wage paid throughout; reports on time; people who use support"
                        + " involved at every stage.")).expect(200);
    }

    /** Every partner and the funder sign the generated grant agreement. */
    void everyoneSigns(String grant, Partnership partnership) {
        JsonNode contract = await().atMost(EngineHarness.PATIENCE).until(
                () -> funder().get("/api/contracts/" + grant),
                r -> r.status() == 200 && r.body().path("status").asText().equals("AWAITING_SIGNATURES")).body();
        String sha = contract.path("documentSha256").asText();
        sign(provider(partnership.lead()), grant, "lead-provider", sha);
        sign(provider(partnership.partnerA()), grant, "partner-" + partnership.partnerA(), sha);
        sign(provider(partnership.partnerB()), grant, "partner-" + partnership.partnerB(), sha);
        sign(funder(), grant, "funder", sha);
    }

    public static void sign(Api.SignedIn who, String grant, String role, String sha) {
        who.post("/api/contracts/" + grant + "/signatures", Map.of("signatoryRole", role, "signedBy",
                "Signatory for " + role, "documentSha256", sha)).expect(200);
    }

    JsonNode awaitGrant(String grant, String lead, Predicate<JsonNode> until) {
        return await().atMost(EngineHarness.PATIENCE).until(() -> provider(lead).get(
                "/api/collaboration/grants/" + grant), r -> r.status() == 200 && until.test(r.body())).body();
    }

    void report(String grant, String lead, int milestone, Map<String, Long> spendByLine) {
        provider(lead).post("/api/collaboration/grants/" + grant + "/milestones/" + milestone + "/report", Map.of(
                "progress", "The shared rota is live; weekend workers are the same four people.",
                "peopleInvolved", List.of(Map.of("who", "SUPPORTED_PEOPLE", "howMany", 9, "how",
                        "They checked the rota every month at a tenants' meeting")),
                "spend", spendByLine.entrySet().stream().map(e -> Map.of("line", e.getKey(), "amount",
                        e.getValue())).toList())).expect(200);
    }
}
