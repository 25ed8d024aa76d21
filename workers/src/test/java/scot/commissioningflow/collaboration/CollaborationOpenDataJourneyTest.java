package scot.commissioningflow.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.collaboration.CollaborationDriver.Partnership;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.opendata.OcdsSchemas;
import scot.commissioningflow.reporting.opendata.OpenDataSettings;

/**
 * A funding round as open contracting data, from the real records of a round run on the engine: the round, the grant
 * to the lead and its partners, the signed agreement and the first stage paid, in packages the official OCDS 1.1.5
 * schemas accept; and the round's figures in the flexibility report's collaboration measures.
 */
class CollaborationOpenDataJourneyTest extends JourneyTest {

    @Autowired
    private OpenDataSettings openData;

    @Autowired
    private CollaborationMeasures measures;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void cancelWhatIsStillRunning() {
        started.forEach(engine::cancelIfRunning);
    }

    @Test
    void aRoundWithASignedAndPaidGrantIsPublishedAndCounted() {
        CollaborationDriver d = new CollaborationDriver(api, inbox, EXTERNAL_SERVICES);
        JsonNode opened = d.openRound(200_000);
        started.add(opened.path("processInstanceKey").asLong());
        String round = opened.path("reference").asText();
        Partnership partnership = d.partnership(d.id, d.charityRegister("Tay Homes " + d.id));
        String application = d.apply(round, partnership, 30_000);
        engine.passTime(Duration.ofDays(3));
        d.awaitApplication(application, partnership.lead(), a -> a.path("status").asText().equals("ELIGIBLE"));
        d.panelMemberScores(round, d.panelOne, 80, List.of());
        d.panelMemberScores(round, d.panelTwo, 70, List.of());
        d.moderate(round);
        String grant = application.replace("CFA-", "CFG-");
        d.everyoneSigns(grant, partnership);
        d.awaitGrant(grant, partnership.lead(), g -> g.path("status").asText().equals("SIGNED")
                && g.path("paid").decimalValue().compareTo(new BigDecimal("45000")) == 0);

        String ocid = openData.ocidPrefix() + "-collaboration-" + round;
        JsonNode releases = api.get("/api/open-data/releases/" + ocid).expect(200).body();
        assertThat(OcdsSchemas.releasePackageProblems(releases)).isEmpty();
        JsonNode record = api.get("/api/open-data/records/" + ocid).expect(200).body();
        assertThat(OcdsSchemas.recordPackageProblems(record)).isEmpty();
        List<String> tags = new ArrayList<>();
        releases.path("releases").forEach(release -> tags.add(release.path("tag").get(0).asText()));
        assertThat(tags).containsSubsequence("planning", "tender", "award", "contract", "implementation");

        JsonNode compiled = record.path("records").get(0).path("compiledRelease");
        JsonNode award = compiled.path("awards").get(0);
        assertThat(award.path("suppliers").findValuesAsText("id")).containsExactly("provider-" + partnership.lead(),
                "provider-" + partnership.partnerA(), "provider-" + partnership.partnerB());
        assertThat(award.path("value").path("amount").decimalValue()).isEqualByComparingTo("90000");
        JsonNode paid = compiled.path("contracts").get(0).path("implementation").path("transactions").get(0);
        assertThat(paid.path("value").path("amount").decimalValue()).isEqualByComparingTo("45000");
        assertThat(paid.path("payer").path("id").asText()).isEqualTo("council-" + d.funderOrganisation);
        assertThat(paid.path("payee").path("id").asText()).isEqualTo("provider-" + partnership.lead());
        JsonNode funder = compiled.path("parties").findParents("id").stream()
                .filter(p -> p.path("id").asText().equals("council-" + d.funderOrganisation)).findFirst()
                .orElseThrow();
        assertThat(funder.path("roles").toString()).contains("buyer", "payer");
        assertThat(record.toString()).as("nothing the people who use support said is published")
                .doesNotContain("Aviemore", "tenants' meeting", "same faces at weekends");

        LocalDate today = LocalDate.now();
        ReportingPeriod thisYear = ReportingPeriod.financialYear(today.getMonthValue() >= 4 ? today.getYear()
                : today.getYear() - 1);
        Map<String, Measure> figures = measures.measures(thisYear).stream()
                .collect(Collectors.toMap(Measure::id, m -> m));
        String area = d.funderOrganisation;
        assertThat(figures.get("collaboration.applications.count").valueFor(area)).isEqualByComparingTo("1");
        assertThat(figures.get("collaboration.partners.average").valueFor(area)).isEqualByComparingTo("2");
        assertThat(figures.get("collaboration.grants.value").valueFor(area)).isEqualByComparingTo("90000");
        assertThat(figures.get("collaboration.paid").valueFor(area)).isEqualByComparingTo("45000");
        assertThat(figures.get("collaboration.involvement.application.supported-people").valueFor(area))
                .isEqualByComparingTo("1");
        assertThat(figures.get("collaboration.rounds.count").valueFor(area)).isEqualByComparingTo("1");
    }
}
