package scot.commissioningflow.platform.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.testing.OwnEngine;

/**
 * A trial from its first start: the data set seeded once through the features' own services, with running processes,
 * and an administrator moving time forward until the seeded tender's response deadline has passed. Its own
 * application context, engine and database, because it turns seeding on and moves the product's clock: the journeys'
 * shared context and database are left as they were.
 */
@TestPropertySource(properties = {"commissioning.trial.seed-data=true", "commissioning.trial.move-time=true"})
@OwnEngine
class TrialDataJourneyTest extends JourneyTest {

    static {
        // The seeded tender publishes its contract notice while the application starts, before any test method runs.
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo("/pcs/notices")).atPriority(10)
                .willReturn(okJson("{\"noticeId\": \"PCS-TRIAL-1\"}")));
    }

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        aDatabaseOfItsOwn(registry, "trial");
    }

    private static final SignedInPerson DEMO_COMMISSIONER = new SignedInPerson("aileen.commissioner",
            "Aileen Commissioner", Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);

    @Autowired
    private TrialDataSeeder seeder;

    @Autowired
    private Tenders tenders;

    @Autowired
    private FrameworkAgreements frameworks;

    @Autowired
    private Funds funds;

    @Autowired
    private CareServices careServices;

    @Test
    void aFirstStartSeedsATrialOnceAndTheAdministratorMovesItPastTheTendersDeadline() {
        TenderView tender = await().atMost(EngineHarness.PATIENCE).until(this::seededTender,
                seeded -> seeded != null && seeded.status() == TenderStatus.OPEN_FOR_RESPONSES);
        assertThat(frameworks.list()).singleElement()
                .satisfies(framework -> assertThat(framework.title()).isEqualTo("Care at home in Highland"));
        assertThat(funds.notClosed()).singleElement()
                .satisfies(isf -> assertThat(isf.personUserId()).isEqualTo("seonaid.person"));
        assertThat(careServices.byServiceNumber("CS2099000003")).hasValueSatisfying(service ->
                assertThat(service.activeAndGradedAtLeast(5)).isTrue());

        seeder.seedOnce();
        assertThat(tenders.forBuyerStaff(DEMO_COMMISSIONER)).hasSize(1);
        assertThat(frameworks.list()).hasSize(1);

        var admin = api.as("admin", "DEMO-HSCP", Role.ADMINISTRATOR);
        admin.post("/api/trial/clock", Map.of("days", 0)).expect(400);
        var moved = admin.post("/api/trial/clock", Map.of("days", 45)).expect(200).body();
        assertThat(moved.path("daysMoved").asLong()).isEqualTo(45);
        assertThat(moved.path("movable").asBoolean()).isTrue();
        engine.settle();
        await().atMost(EngineHarness.PATIENCE).until(() -> tenders.get(tender.reference()).status(),
                status -> status != TenderStatus.OPEN_FOR_RESPONSES);
        assertThat(tenders.get(tender.reference()).responseDeadline()).isBefore(
                java.time.Instant.parse(moved.path("now").asText()));
    }

    private TenderView seededTender() {
        List<TenderView> seeded = tenders.forBuyerStaff(DEMO_COMMISSIONER);
        return seeded.isEmpty() ? null : seeded.getFirst();
    }
}
