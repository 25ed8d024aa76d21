package scot.commissioningflow.referencedata;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;

/**
 * The one endpoint shape for every dataset: validation and refusals answered as sentences, before anything is
 * stored. Served by the real mechanism over an in-memory sample dataset kept by the procurement lead; the audit
 * trail's repository and the product's audit trail are mocked.
 */
@WebMvcTest(ReferenceDataController.class)
@Import({TestSignIn.class, ReferenceDataAccessRules.class, ReferenceData.class, FieldChanges.class,
        ReferenceDataControllerTest.Samples.class})
class ReferenceDataControllerTest {

    private static final SignedInPerson LEAD = new SignedInPerson("lead.ailsa", "lead.ailsa",
            Set.of(Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD), "DEMO-HSCP", null);
    private static final String AS_LEAD = SignedTokens.bearer(LEAD);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReferenceChangeRepository changes;

    @MockitoBean
    private AuditTrail trail;

    @Test
    void everyMissingFieldIsNamedInOneAnswer() throws Exception {
        mvc.perform(post("/api/reference-data/samples").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.detail", allOf(containsString("effectiveFrom must not be null"),
                        containsString("sourceNote must not be blank"), containsString("reason must not be blank"),
                        containsString("kind must not be null"), containsString("amount must not be null"))));
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithWhatWasExpected() throws Exception {
        mvc.perform(post("/api/reference-data/samples").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "A", "amount": 0, "effectiveFrom": "1 April", "sourceNote": "x",
                                 "reason": "y"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", allOf(
                        containsString("effectiveFrom must be a date such as 2026-04-01, not 1 April"),
                        containsString("amount must be greater than or equal to 0.01"))));
    }

    @Test
    void aChangeFromNoOneIsRefusedUntilTheySignInBecauseTheAuditTrailNeedsAName() throws Exception {
        mvc.perform(post("/api/reference-data/samples").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(trail);
    }

    @Test
    void aPeriodOverlappingOneHeldIsRefusedNamingBoth() throws Exception {
        mvc.perform(post("/api/reference-data/samples").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "A", "amount": 2, "effectiveFrom": "2026-01-01",
                                 "effectiveTo": "2026-06-30", "sourceNote": "x", "reason": "y"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The sample A from 1 January 2026 to 30 June 2026 would"
                        + " overlap the one held from 1 April 2026. Change or end that period first."));
    }

    @Test
    void onlyTheRolesADatasetNamesAsItsKeepersChangeIt() throws Exception {
        mvc.perform(post("/api/reference-data/samples").header("Authorization", SignedTokens.bearer("lead.only",
                        "DEMO-HSCP", Role.PROCUREMENT_LEAD, Role.COMMISSIONER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "A", "amount": 2, "effectiveFrom": "2026-04-01", "sourceNote": "x",
                                 "reason": "y"}"""))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/reference-data/samples/1/end").header("Authorization", SignedTokens.bearer(
                        "visitor", "DEMO-HSCP", Role.COMMISSIONER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"effectiveTo": "2027-01-01", "reason": "y"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reference-data/samples").header("Authorization", SignedTokens.bearer("visitor",
                        "DEMO-HSCP", Role.COMMISSIONER))).andExpect(status().isOk());
    }

    @Test
    void aKeeperOfAnotherDatasetIsRefusedNamingWhoKeepsThisOne() throws Exception {
        mvc.perform(post("/api/reference-data/samples").header("Authorization", SignedTokens.bearer("admin",
                        "DEMO-HSCP", Role.ADMINISTRATOR, Role.PROCUREMENT_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "A", "amount": 2, "effectiveFrom": "2027-01-01", "sourceNote": "x",
                                 "reason": "y"}"""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only a procurement lead can change the samples reference"
                        + " data."));
    }

    @Test
    void endingAPeriodNeedsItsLastDayAndAReason() throws Exception {
        mvc.perform(post("/api/reference-data/samples/1/end").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", allOf(containsString("effectiveTo must not be null"),
                        containsString("reason must not be blank"))));
    }

    @Test
    void anUnknownDatasetIsNotFoundNamingTheOnesThereAre() throws Exception {
        mvc.perform(get("/api/reference-data/frameworks").header("Authorization", AS_LEAD))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no reference data called frameworks. The datasets"
                        + " are: kept-samples, samples."));
        mvc.perform(get("/api/reference-data").header("Authorization", AS_LEAD))
                .andExpect(jsonPath("$[0]").value("kept-samples")).andExpect(jsonPath("$[1]").value("samples"));
    }

    /** A figure of the sample dataset: a series named by a kind, with an amount. */
    static class Sample extends EffectiveDated<Sample.Series, Sample.Figures> {

        record Series(@NotNull String kind) {
        }

        record Figures(@NotNull @DecimalMin("0.01") BigDecimal amount) {
        }

        private final Series series;
        private Figures figures;

        Sample(Series series, Period period, Figures figures) {
            super(period, "held");
            this.series = series;
            this.figures = figures;
        }

        @Override
        protected Series series() {
            return series;
        }

        @Override
        protected Figures figures() {
            return figures;
        }

        @Override
        protected void restate(Figures figures) {
            this.figures = figures;
        }
    }

    @TestConfiguration
    static class Samples {

        /** Kept by the procurement lead, as the procurement thresholds are. */
        @Bean
        ReferenceDataset<Sample, Sample.Series, Sample.Figures, Sample.Figures> samples() {
            return dataset("samples", Role.PROCUREMENT_LEAD);
        }

        /** Kept by the administrator, as most datasets are. */
        @Bean
        ReferenceDataset<Sample, Sample.Series, Sample.Figures, Sample.Figures> keptSamples() {
            return dataset("kept-samples", Role.ADMINISTRATOR);
        }

        private static ReferenceDataset<Sample, Sample.Series, Sample.Figures, Sample.Figures> dataset(String name,
                Role keeper) {
            List<Sample> held = List.of(new Sample(new Sample.Series("A"), new Period(LocalDate.of(2026, 4, 1), null),
                    new Sample.Figures(BigDecimal.ONE)));
            return new ReferenceDataset<>(name, Sample.class, Sample.Series.class, Sample.Figures.class, keeper) {

                @Override
                public List<Sample> all() {
                    return held;
                }

                @Override
                protected Sample create(Sample.Series series, Period period, Sample.Figures figures,
                        String sourceNote) {
                    return new Sample(series, period, figures);
                }

                @Override
                protected Sample.Figures view(Sample figure) {
                    return figure.figures();
                }

                @Override
                protected String describe(Sample.Series series) {
                    return "The sample " + series.kind();
                }
            };
        }
    }
}
