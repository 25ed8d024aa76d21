package scot.commissioningflow.monitoring.review;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.monitoring.MonitoringAccessRules;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.platform.web.Conflict;

/** The monitoring API's answers: returns validated in sentences, who may send one, and the workload kept to staff. */
@WebMvcTest(MonitoringController.class)
@Import({TestSignIn.class, MonitoringAccessRules.class})
class MonitoringControllerTest {

    private static final SignedInPerson OFFICER = new SignedInPerson("olive.officer", "Olive Officer",
            Set.of(Role.PROCUREMENT_OFFICER), "HIGH-COUNCIL", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    private static final String RETURN = """
            {"periodFrom": "2026-09-01", "periodTo": "2026-11-20", "plannedHours": 1250, "deliveredHours": 1190,
             "lowestHourlyPay": 12.60, "outcomes": [{"personReference": "P-17", "category": "SEEING_PEOPLE",
             "spokenBy": "CARER", "words": "She's out to the lunch club, Dimàirt, and loves it"}]}""";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private MonitoringViews views;

    @MockitoBean
    private MonitoringReviews reviews;

    @Test
    void aProviderSendsItsReturnWithThePeoplesWordsAsSaid() throws Exception {
        when(reviews.submitReturn(eq("CON-1"), argThat(r -> r.outcomes().getFirst().spokenBy() == Speaker.CARER
                && r.outcomes().getFirst().words().equals("She's out to the lunch club, Dimàirt, and loves it")),
                argThat(p -> p.has(Role.PROVIDER_USER)))).thenReturn(new MonitoringReview.ReviewView(1, "CON-1/1",
                Tier.HIGH, ReviewType.VISIT, Instant.parse("2026-11-01T09:00:00Z"), LocalDate.of(2026, 11, 29), null,
                null, null, new BigDecimal("1250"), new BigDecimal("1190"), new BigDecimal("12.60"),
                Instant.parse("2026-11-21T09:00:00Z"), null, null, null, null, null, null));
        mvc.perform(as(post("/api/monitoring/contracts/CON-1/returns"), PROVIDER).content(RETURN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.returnKey").value("CON-1/1"))
                .andExpect(jsonPath("$.deliveredHours").value(1190));
    }

    @Test
    void everyProblemWithAReturnIsListedInSentences() throws Exception {
        mvc.perform(as(post("/api/monitoring/contracts/CON-1/returns"), PROVIDER).content("""
                        {"periodFrom": "2026-09-01", "plannedHours": -1, "deliveredHours": 2000000,
                         "lowestHourlyPay": 12.605, "outcomes": [{"personReference": "P-17",
                         "category": "SEEING_PEOPLE", "words": " "}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("periodTo")))
                .andExpect(jsonPath("$.detail").value(containsString("plannedHours must not be negative")))
                .andExpect(jsonPath("$.detail").value(containsString("deliveredHours must be at most 1,000,000 hours")))
                .andExpect(jsonPath("$.detail").value(containsString("lowestHourlyPay")))
                .andExpect(jsonPath("$.detail").value(containsString("outcomes[0].spokenBy")))
                .andExpect(jsonPath("$.detail").value(containsString("outcomes[0].words")));
        verifyNoInteractions(reviews);
    }

    @Test
    void onlyAProviderSendsAReturnAndOnlyProcurementStaffSeeTheWorkload() throws Exception {
        mvc.perform(as(post("/api/monitoring/contracts/CON-1/returns"), OFFICER).content(RETURN))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/monitoring/workload"), PROVIDER)).andExpect(status().isForbidden());
        verifyNoInteractions(reviews, views);
    }

    @Test
    void theOfficerReadsTheWorkloadAndEachContractsTierAndWhy() throws Exception {
        when(views.workload(any())).thenReturn(List.of(new MonitoringViews.TierWorkload(Tier.HIGH, 1, 0, 3, 2,
                new BigDecimal("7.5"), new BigDecimal("24"))));
        when(views.list(argThat(p -> p.has(Role.PROCUREMENT_OFFICER)))).thenReturn(List.of(
                new MonitoringViews.MonitoredView("CON-1", "Care at home in Lochaber", "PRV-1", "Glen Care",
                        Tier.HIGH, "Two complaints upheld (risk score 14)", ReviewType.VISIT, 3, null,
                        Standing.MONITORED, List.of(), List.of(), List.of())));
        mvc.perform(as(get("/api/monitoring/workload"), OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reviewsOverdue").value(3));
        mvc.perform(as(get("/api/monitoring/contracts"), OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].tier").value("HIGH"))
                .andExpect(jsonPath("$[0].tierReason").value("Two complaints upheld (risk score 14)"));
    }

    @Test
    void aReturnNobodyAskedForIsAConflictInWords() throws Exception {
        when(reviews.submitReturn(eq("CON-1"), any(), any())).thenThrow(new Conflict(
                "No monitoring return is asked for on contract CON-1 just now; the next review will ask for one."));
        mvc.perform(as(post("/api/monitoring/contracts/CON-1/returns"), PROVIDER).content(RETURN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("the next review will ask for one")));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
