package scot.commissioningflow.reporting.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.reporting.OpenDataContributor;
import scot.commissioningflow.reporting.OpenRelease;
import scot.commissioningflow.reporting.OpenRelease.Award;
import scot.commissioningflow.reporting.OpenRelease.Contract;
import scot.commissioningflow.reporting.OpenRelease.Organisation;
import scot.commissioningflow.reporting.OpenRelease.Stage;

/**
 * Open data from two contributors defined here: a tendered contract through every stage, and a framework with a
 * call-off (the techniques extension and relatedProcesses, which the frameworks feature will give). Every package is
 * checked against the official OCDS 1.1.5 schemas.
 */
class OpenContractingDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final Organisation COUNCIL = new Organisation("council", "DEMO-HSCP", "Demo Health and Social"
            + " Care Partnership");
    private static final Organisation WINNER = new Organisation("provider", "PRV-1", "Càirdeas Care Ltd");
    private static final Organisation LOSER = new Organisation("provider", "PRV-2", "Other Support CIC");
    private static final Organisation SCOTLAND_EXCEL = new Organisation("council", "SCOTLAND-EXCEL",
            "Scotland Excel");

    /** A tender through planning, tender, award, contract, an amendment and implementation. */
    static class Tenders implements OpenDataContributor {

        @Override
        public String processKind() {
            return "tender";
        }

        @Override
        public List<String> processIds() {
            return List.of("tender-TND-1", "tender-TND-2");
        }

        @Override
        public Optional<ContractingProcess> process(String id) {
            if (!processIds().contains(id)) {
                return Optional.empty();
            }
            OpenRelease.Tender tender = new OpenRelease.Tender(id, "Care at home, north", "Support to live at home.",
                    "complete", "open", "Light-touch regime", null, new BigDecimal("700000.00"),
                    Instant.parse("2026-05-01T12:00:00Z"), LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30),
                    List.of(WINNER, LOSER), null);
            Award award = new Award("award", "Care at home, north", "active", Instant.parse("2026-05-20T10:00:00Z"),
                    new BigDecimal("690000.00"), List.of(WINNER), LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30));
            Contract signed = new Contract("contract", "award", "Care at home, north", "active",
                    new BigDecimal("690000.00"), LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30),
                    Instant.parse("2026-06-10T10:00:00Z"), List.of(), List.of());
            Contract varied = new Contract("contract", "award", "Care at home, north", "active",
                    new BigDecimal("720000.00"), LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30),
                    Instant.parse("2026-06-10T10:00:00Z"), List.of(new OpenRelease.Amendment("VAR-1",
                            LocalDate.of(2026, 10, 1), "Pay uplift", "Hourly rate raised to pay the new floor.")),
                    List.of(new OpenRelease.Milestone("start", "Service starts", "delivery", LocalDate.of(2026, 7, 1),
                            LocalDate.of(2026, 7, 1), "met")));
            return Optional.of(new ContractingProcess(id, List.of(
                    new OpenRelease("planning", Instant.parse("2026-03-01T09:00:00Z"), Stage.PLANNING, COUNCIL,
                            new OpenRelease.Planning("People asked for support closer to home.",
                                    new BigDecimal("700000.00")), null, List.of(), List.of(), List.of()),
                    new OpenRelease("tender", Instant.parse("2026-04-01T09:00:00Z"), Stage.TENDER, COUNCIL, null,
                            tender, List.of(), List.of(), List.of()),
                    new OpenRelease("award", Instant.parse("2026-05-20T10:00:00Z"), Stage.AWARD, COUNCIL, null, null,
                            List.of(award), List.of(), List.of()),
                    new OpenRelease("contract", Instant.parse("2026-06-10T10:00:00Z"), Stage.CONTRACT, COUNCIL, null,
                            null, List.of(award), List.of(signed), List.of()),
                    new OpenRelease("amendment-VAR-1", Instant.parse("2026-10-01T09:00:00Z"), Stage.AMENDMENT,
                            COUNCIL, null, null, List.of(), List.of(varied), List.of()),
                    new OpenRelease("implementation", Instant.parse("2026-07-01T09:00:00Z"), Stage.IMPLEMENTATION,
                            COUNCIL, null, null, List.of(), List.of(varied), List.of()))));
        }
    }

    /** What the frameworks feature will give: a framework agreement and a call-off linked to it. */
    static final class Frameworks implements OpenDataContributor {

        @Override
        public String processKind() {
            return "framework";
        }

        @Override
        public List<String> processIds() {
            return List.of("framework-FW-1", "framework-FW-1-calloff-7");
        }

        @Override
        public Optional<ContractingProcess> process(String id) {
            if (id.equals("framework-FW-1")) {
                return Optional.of(new ContractingProcess(id, List.of(new OpenRelease("tender", NOW.minusSeconds(
                        86_400 * 200L), Stage.TENDER, SCOTLAND_EXCEL, null, new OpenRelease.Tender("FW-1",
                                "Care and support framework", null, "active", "open", "Light-touch regime", null,
                                new BigDecimal("560000000"), null, null, null, List.of(),
                                new OpenRelease.Techniques(true, "withAndWithoutReopeningCompetition", false)),
                        List.of(), List.of(), List.of()))));
            }
            Award callOff = new Award("award", "Call-off", "active", NOW.minusSeconds(86_400), new BigDecimal("52000"),
                    List.of(WINNER), null, null);
            return Optional.of(new ContractingProcess(id, List.of(new OpenRelease("award", NOW.minusSeconds(86_400),
                    Stage.AWARD, COUNCIL, null, new OpenRelease.Tender("FW-1-7", "Call-off", null, "complete",
                            "selective", "Mini-competition under framework FW-1", null, new BigDecimal("52000"),
                            null, null, null, List.of(WINNER), new OpenRelease.Techniques(true,
                                    "withReopeningCompetition", false)), List.of(callOff), List.of(),
                    List.of(new OpenRelease.RelatedProcess("1", "framework", "Care and support framework",
                            "framework-FW-1"))))));
        }
    }

    /** A funding round whose one grant was paid a stage and then clawed back. */
    static final class Grants implements OpenDataContributor {

        private static final Organisation FUNDER = new Organisation("council", "FUNDER", "National Care Programme");

        @Override
        public String processKind() {
            return "collaboration";
        }

        @Override
        public List<String> processIds() {
            return List.of("collaboration-CFR-1");
        }

        @Override
        public Optional<ContractingProcess> process(String id) {
            Award grant = new Award("CFG-1", "Shared back office", "active", NOW.minusSeconds(86_400 * 90L),
                    new BigDecimal("90000"), List.of(WINNER, LOSER), null, null);
            OpenRelease.Transaction stage = new OpenRelease.Transaction("stage-1", NOW.minusSeconds(86_400 * 80L),
                    new BigDecimal("45000"), FUNDER, WINNER);
            OpenRelease.Transaction repayment = new OpenRelease.Transaction("repayment", NOW, new BigDecimal("12000"),
                    WINNER, FUNDER);
            Contract paid = new Contract("CFG-1", "CFG-1", "Shared back office", "active", new BigDecimal("90000"),
                    LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 31), NOW.minusSeconds(86_400 * 80L), List.of(),
                    List.of(), List.of(stage));
            Contract clawedBack = new Contract("CFG-1", "CFG-1", "Shared back office", "terminated",
                    new BigDecimal("90000"), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 31),
                    NOW.minusSeconds(86_400 * 80L), List.of(new OpenRelease.Amendment("clawback",
                            LocalDate.of(2026, 11, 27), "No report for milestone 1.", "Stopped; 12000 GBP to repay.")),
                    List.of(), List.of(stage, repayment));
            return Optional.of(new ContractingProcess(id, List.of(
                    new OpenRelease("award", NOW.minusSeconds(86_400 * 90L), Stage.AWARD, FUNDER, null, null,
                            List.of(grant), List.of(), List.of()),
                    new OpenRelease("payment-CFG-1-1", NOW.minusSeconds(86_400 * 80L), Stage.IMPLEMENTATION, FUNDER,
                            null, null, List.of(), List.of(paid), List.of()),
                    new OpenRelease("clawback-CFG-1", NOW, Stage.AMENDMENT, FUNDER, null, null, List.of(),
                            List.of(clawedBack), List.of()))));
        }
    }

    @Test
    void grantPaymentsAndAClawbackAreTransactionsBetweenPartiesWithPayerAndPayeeRoles() {
        OpenContractingData data = data(new Grants());
        assertThat(OcdsSchemas.releasePackageProblems(data.releasePackage(1))).isEmpty();
        assertThat(OcdsSchemas.recordPackageProblems(data.recordPackage(1))).isEmpty();
        JsonNode compiled = JSON.valueToTree(data.recordPackageFor("ocds-test01-collaboration-CFR-1"))
                .get("records").get(0).get("compiledRelease");
        JsonNode contract = compiled.get("contracts").get(0);
        assertThat(contract.get("status").asText()).isEqualTo("terminated");
        assertThat(contract.get("amendments").get(0).get("rationale").asText()).contains("No report");
        JsonNode transactions = contract.get("implementation").get("transactions");
        assertThat(transactions.get(0).get("id").asText()).isEqualTo("stage-1");
        assertThat(transactions.get(1).get("id").asText()).isEqualTo("repayment");
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(1).get("payer").get("id").asText()).isEqualTo("provider-PRV-1");
        assertThat(transactions.get(1).get("payee").get("id").asText()).isEqualTo("council-FUNDER");
        assertThat(transactions.get(1).get("value").get("amount").decimalValue()).isPositive();
        JsonNode lead = compiled.get("parties").get(1);
        assertThat(lead.get("id").asText()).isEqualTo("provider-PRV-1");
        assertThat(lead.get("roles").toString()).contains("supplier", "payee", "payer");
    }

    private static OpenContractingData data(OpenDataContributor... contributors) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (OpenDataContributor contributor : contributors) {
            beans.registerSingleton(contributor.processKind(), contributor);
        }
        return new OpenContractingData(beans.getBeanProvider(OpenDataContributor.class), new OpenDataSettings(
                "ocds-test01", "Demo publisher", null, "https://cf.example.scot/", null, null),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void releaseAndRecordPackagesAreValidAgainstTheOfficialSchemas() {
        OpenContractingData data = data(new Tenders(), new Frameworks());
        assertThat(OcdsSchemas.releasePackageProblems(data.releasePackage(1))).isEmpty();
        assertThat(OcdsSchemas.recordPackageProblems(data.recordPackage(1))).isEmpty();
        assertThat(OcdsSchemas.releasePackageProblems(data.releasePackageFor("ocds-test01-tender-TND-1"))).isEmpty();
        assertThat(OcdsSchemas.recordPackageProblems(data.recordPackageFor("ocds-test01-framework-FW-1-calloff-7")))
                .isEmpty();
    }

    @Test
    void theSchemaCheckFindsWhatIsWrong() {
        ObjectNode broken = JSON.valueToTree(data(new Tenders()).releasePackage(1));
        broken.remove("publisher");
        ((ObjectNode) broken.get("releases").get(0)).put("date", "1 March 2026");
        ((ObjectNode) broken.get("releases").get(0)).putArray("tag").add("signed");
        assertThat(OcdsSchemas.releasePackageProblems(broken)).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(p -> p.contains("publisher")).anyMatch(p -> p.contains("date-time"))
                .anyMatch(p -> p.contains("enum"));
    }

    @Test
    void packagesNameThePublisherLicencePolicyAndVersion() {
        JsonNode pack = JSON.valueToTree(data(new Tenders()).releasePackage(1));
        assertThat(pack.get("uri").asText()).isEqualTo("https://cf.example.scot/api/open-data/releases?page=1");
        assertThat(pack.get("version").asText()).isEqualTo("1.1");
        assertThat(pack.get("publisher").get("name").asText()).isEqualTo("Demo publisher");
        assertThat(pack.get("license").asText()).contains("open-government-licence");
        assertThat(pack.get("publicationPolicy").asText())
                .isEqualTo("https://cf.example.scot/api/open-data/publication-policy");
        assertThat(pack.get("publishedDate").asText()).isEqualTo("2026-11-27T09:00:00Z");
        assertThat(pack.has("extensions")).as("no process uses the techniques extension").isFalse();
    }

    @Test
    void everyStageHasARelease_andReleaseAwardAndContractIdsAreUniqueAcrossProcesses() {
        JsonNode releases = JSON.valueToTree(data(new Tenders(), new Frameworks()).releasePackage(1))
                .get("releases");
        List<String> tags = new ArrayList<>();
        Set<String> releaseIds = new HashSet<>();
        Map<String, Set<String>> awardIdsByProcess = new java.util.HashMap<>();
        for (JsonNode release : releases) {
            release.get("tag").forEach(t -> tags.add(t.asText()));
            assertThat(releaseIds.add(release.get("id").asText())).as(release.get("id").asText()).isTrue();
            assertThat(release.get("ocid").asText()).startsWith("ocds-test01-");
            release.path("awards").forEach(a -> awardIdsByProcess.computeIfAbsent(a.get("id").asText(),
                    id -> new HashSet<>()).add(release.get("ocid").asText()));
            release.path("contracts").forEach(c -> assertThat(c.get("id").asText())
                    .startsWith(release.get("ocid").asText()));
        }
        assertThat(tags).contains("planning", "tender", "award", "contract", "contractAmendment", "implementation");
        assertThat(awardIdsByProcess.values()).allMatch(ocids -> ocids.size() == 1);
    }

    @Test
    void everyOrganisationNamedAnywhereIsAPartyWithItsRoles() {
        JsonNode releases = JSON.valueToTree(data(new Tenders(), new Frameworks()).releasePackage(1))
                .get("releases");
        for (JsonNode release : releases) {
            Map<String, Set<String>> roles = new java.util.HashMap<>();
            release.get("parties").forEach(p -> {
                Set<String> its = new HashSet<>();
                p.get("roles").forEach(r -> its.add(r.asText()));
                roles.put(p.get("id").asText(), its);
            });
            assertThat(roles.get(release.get("buyer").get("id").asText())).contains("buyer");
            JsonNode tender = release.path("tender");
            if (!tender.isMissingNode()) {
                assertThat(roles.get(tender.get("procuringEntity").get("id").asText())).contains("procuringEntity");
                tender.path("tenderers").forEach(t -> assertThat(roles.get(t.get("id").asText()))
                        .as(t.toString()).contains("tenderer"));
            }
            release.path("awards").forEach(a -> a.get("suppliers").forEach(s -> assertThat(roles.get(
                    s.get("id").asText())).as(s.toString()).contains("supplier")));
        }
        JsonNode compiled = JSON.valueToTree(data(new Tenders()).recordPackageFor("ocds-test01-tender-TND-1"))
                .get("records").get(0).get("compiledRelease");
        assertThat(compiled.get("parties").findValuesAsText("id")).containsExactlyInAnyOrder("council-DEMO-HSCP",
                "provider-PRV-1", "provider-PRV-2");
        JsonNode winner = compiled.get("parties").get(1);
        assertThat(winner.get("roles").toString()).contains("tenderer", "supplier");
        assertThat(compiled.get("contracts").get(0).get("value").get("amount").decimalValue())
                .isEqualByComparingTo("720000.00");
        assertThat(compiled.get("tag").get(0).asText()).isEqualTo("compiled");
    }

    @Test
    void aCallOffCarriesTheTechniquesExtensionAndNamesItsFrameworkAsARelatedProcess() {
        JsonNode pack = JSON.valueToTree(data(new Frameworks()).releasePackageFor(
                "ocds-test01-framework-FW-1-calloff-7"));
        assertThat(pack.get("extensions").get(0).asText()).contains("ocds_techniques_extension");
        JsonNode release = pack.get("releases").get(0);
        assertThat(release.get("tender").get("techniques").get("hasFrameworkAgreement").asBoolean()).isTrue();
        assertThat(release.get("tender").get("techniques").get("frameworkAgreement").get("method").asText())
                .isEqualTo("withReopeningCompetition");
        JsonNode related = release.get("relatedProcesses").get(0);
        assertThat(related.get("relationship").get(0).asText()).isEqualTo("framework");
        assertThat(related.get("scheme").asText()).isEqualTo("ocid");
        assertThat(related.get("identifier").asText()).isEqualTo("ocds-test01-framework-FW-1");
    }

    @Test
    void aFeatureGivingOneAwardIdToTwoAwardsIsRefused() {
        OpenDataContributor careless = new Tenders() {
            @Override
            public Optional<ContractingProcess> process(String id) {
                Award one = new Award("award", null, "active", NOW, null, List.of(WINNER), null, null);
                Award other = new Award("award", null, "active", NOW, null, List.of(LOSER), null, null);
                return Optional.of(new ContractingProcess(id, List.of(
                        new OpenRelease("a", NOW, Stage.AWARD, COUNCIL, null, null, List.of(one), List.of(), List.of()),
                        new OpenRelease("b", NOW, Stage.AWARD, COUNCIL, null, null, List.of(other), List.of(),
                                List.of()))));
            }
        };
        assertThatThrownBy(() -> data(careless).releasePackage(1)).hasMessageContaining("award id award");
    }

    @Test
    void anEmptyOrMissingPageAndAnUnknownOcidAreNotFound() {
        assertThatThrownBy(() -> data().releasePackage(1)).isInstanceOf(NotFound.class)
                .hasMessage("No contracting process has been published yet.");
        assertThatThrownBy(() -> data(new Tenders()).recordPackage(2)).isInstanceOf(NotFound.class)
                .hasMessageContaining("pages 1 to 1");
        assertThatThrownBy(() -> data(new Tenders()).recordPackageFor("ocds-test01-tender-NOPE"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> data(new Tenders()).recordPackageFor("elsewhere-tender-TND-1"))
                .isInstanceOf(NotFound.class);
    }
}
