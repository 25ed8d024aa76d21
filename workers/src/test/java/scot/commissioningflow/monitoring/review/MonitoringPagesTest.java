package scot.commissioningflow.monitoring.review;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.monitoring.MonitoringAccessRules;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.OutcomeMet;
import scot.commissioningflow.monitoring.Speaker;
import scot.commissioningflow.monitoring.complaints.Complaint;
import scot.commissioningflow.monitoring.complaints.ComplaintStatus;
import scot.commissioningflow.monitoring.complaints.Complaints;
import scot.commissioningflow.monitoring.outcomes.IndicatorComparison;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.TalkingPoint;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.monitoring.outcomes.RecordedOutcome;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.portal.Words;

/** The monitoring pages: the officer's workload and tiers, the provider's own contracts and its return in words. */
@WebMvcTest(MonitoringPages.class)
@Import({TestSignIn.class, MonitoringAccessRules.class, Words.class})
class MonitoringPagesTest {

    private static final SignedInPerson OFFICER = new SignedInPerson("olive.officer", "Olive Officer",
            Set.of(Role.PROCUREMENT_OFFICER), "HIGH-COUNCIL", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("cora.commissioner", "Cora",
            Set.of(Role.COMMISSIONER), "HIGH-COUNCIL", null);
    private static final String REASON = "Two complaints upheld this year and a Care Inspectorate grade of 2 "
            + "(risk score 14)";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private MonitoringViews views;

    @MockitoBean
    private MonitoringReviews reviews;

    @MockitoBean
    private Complaints complaints;

    @Test
    void theOfficerSeesTheWorkloadByTierAndEachContractsTierAndWhy() throws Exception {
        when(views.list(any())).thenReturn(List.of(contract(List.of())));
        when(views.workload(any())).thenReturn(List.of(new MonitoringViews.TierWorkload(Tier.HIGH, 1, 0, 3, 2,
                new BigDecimal("7.5"), new BigDecimal("24"))));
        mvc.perform(as(get("/monitoring"), OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your workload"), containsString("7.5"),
                        containsString("Care at home in Lochaber"), containsString(REASON),
                        containsString("govuk-tag\">High"))));
    }

    @Test
    void aProviderSeesItsOwnContractsButNotTheCouncilsWorkload() throws Exception {
        when(views.list(argThat(p -> p != null && p.has(Role.PROVIDER_USER)))).thenReturn(List.of(contract(List.of())));
        mvc.perform(as(get("/monitoring"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your monitored contracts"),
                        containsString(REASON), not(containsString("Your workload")))));
        verify(views, never()).workload(any());
    }

    @Test
    void theOfficerReadsTheTierTheReviewsTheImprovementPlanAndOutcomesBesideTheIndicators() throws Exception {
        MonitoringReview.ReviewView rated = new MonitoringReview.ReviewView(1, "CON-1/1", Tier.HIGH,
                ReviewType.VISIT, Instant.parse("2026-09-01T09:00:00Z"), LocalDate.of(2026, 9, 29), null,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 8, 31), new BigDecimal("1200"), new BigDecimal("1010"), new BigDecimal("12.60"),
                Instant.parse("2026-09-10T09:00:00Z"), MonitoringReview.Rating.WEAK, "olive.officer",
                Instant.parse("2026-09-20T09:00:00Z"), "Recruit two carers for the Fort William rounds",
                LocalDate.of(2026, 12, 20), null);
        when(views.get(any(), eq("CON-1"))).thenReturn(contract(List.of(rated)));
        when(views.outcomes(any(), eq("CON-1"))).thenReturn(outcomes());
        mvc.perform(as(get("/monitoring/CON-1"), OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(REASON),
                        containsString("1010 delivered of 1200 planned"),
                        containsString("Recruit two carers for the Fort William rounds"),
                        containsString("Not yet followed up"),
                        containsString("80% of people say they feel safe at home"),
                        containsString("50% of 2 people met (1 partly met, 0 not met)"),
                        containsString("Not met"),
                        containsString("No figure to compare: read in people"),
                        containsString("Tha mi a&#39;faireachdainn sàbhailte"),
                        containsString("Record the complaint"),
                        not(containsString("Send the return")))));
    }

    @Test
    void theOfficerReadsTheComplainantsWordsAndTheProviderOnlyThatAComplaintWasUpheld() throws Exception {
        String words = "Mam waited till 11 for her breakfast =SUM(A1) {{name}} – trì tursan";
        when(views.get(argThat(p -> p != null && p.has(Role.PROCUREMENT_OFFICER)), eq("CON-1"))).thenReturn(
                contract(List.of(), List.of(new Complaint.View(7, LocalDate.of(2026, 10, 2), ComplaintStatus.UPHELD,
                        words, "Breakfast calls moved earlier", "olive.officer", Instant.parse("2026-10-03T09:00:00Z"),
                        null, null))));
        when(views.get(argThat(p -> p != null && p.has(Role.PROVIDER_USER)), eq("CON-1"))).thenReturn(
                contract(List.of(), List.of(new Complaint.View(7, LocalDate.of(2026, 10, 2), ComplaintStatus.UPHELD,
                        null, null, null, null, null, null))));
        when(views.outcomes(any(), eq("CON-1"))).thenReturn(outcomes());
        mvc.perform(as(get("/monitoring/CON-1"), OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mam waited till 11 for her breakfast =SUM(A1) "
                        + "{{name}} – trì tursan"), containsString("Breakfast calls moved earlier"))));
        mvc.perform(as(get("/monitoring/CON-1"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A complaint received on 2 October 2026 was upheld."),
                        not(containsString("Record the complaint")))));
    }

    @Test
    void aComplaintTypedWrongIsSaidInWordsAndOneTypedRightIsRecorded() throws Exception {
        when(views.get(any(), eq("CON-1"))).thenReturn(contract(List.of()));
        when(views.outcomes(any(), eq("CON-1"))).thenReturn(outcomes());
        mvc.perform(as(post("/monitoring/CON-1/complaints"), OFFICER).param("receivedDay", "31")
                        .param("receivedMonth", "2").param("receivedYear", "2026").param("summary", "")
                        .param("status", "MAYBE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Date received must be a real date"),
                        containsString("Enter what the complainant said"),
                        containsString("Where the complaint stands must be one of the choices given"))));
        verify(complaints, never()).record(any(), any(), any());
        mvc.perform(as(post("/monitoring/CON-1/complaints"), OFFICER).param("receivedDay", "2")
                        .param("receivedMonth", "10").param("receivedYear", "2026")
                        .param("summary", "Carers late most mornings").param("status", "UPHELD"))
                .andExpect(redirectedUrl("/monitoring/CON-1"));
        verify(complaints).record(argThat(p -> p.username().equals("olive.officer")), eq("CON-1"),
                argThat(r -> r.status() == ComplaintStatus.UPHELD && r.outcome() == null
                        && r.summary().equals("Carers late most mornings")
                        && r.receivedOn().equals(LocalDate.of(2026, 10, 2))));
    }

    @Test
    void aReturnTypedWrongIsShownAgainWithEachProblemInWordsAndNothingIsSent() throws Exception {
        when(views.get(any(), eq("CON-1"))).thenReturn(contract(List.of(awaitingReturn())));
        when(views.outcomes(any(), eq("CON-1"))).thenReturn(outcomes());
        mvc.perform(as(get("/monitoring/CON-1"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Send the return"),
                        containsString("due by 29 November 2026, not yet sent"),
                        containsString("Send it by 29 November 2026."))));
        mvc.perform(as(post("/monitoring/CON-1/returns"), PROVIDER).param("fromDay", "31").param("fromMonth", "2")
                        .param("fromYear", "2026").param("plannedHours", "lots").param("deliveredHours", "-4")
                        .param("lowestHourlyPay", "12.605")
                        .param("personReference", "P-17", "", "").param("category", "NOT_A_POINT", "", "")
                        .param("spokenBy", "", "", "").param("words", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Period from must be a real date"),
                        containsString("Enter period to"),
                        containsString("Hours planned must be a number"),
                        containsString("Hours delivered must not be negative"),
                        containsString("Lowest hourly pay of a care worker"),
                        containsString("Person 1: what the outcome is about must be one of the choices given"),
                        containsString("Enter person 1: whose words these are"),
                        containsString("Enter person 1: the words as said"),
                        containsString("value=\"lots\""))));
        verify(reviews, never()).submitReturn(any(), any(), any());
    }

    @Test
    void whatTheServiceRefusesIsSaidOnTheFormAndASentReturnCarriesThePeoplesWords() throws Exception {
        when(views.get(any(), eq("CON-1"))).thenReturn(contract(List.of(awaitingReturn())));
        when(views.outcomes(any(), eq("CON-1"))).thenReturn(outcomes());
        when(reviews.submitReturn(eq("CON-1"), argThat(r -> r != null && r.periodTo().isBefore(r.periodFrom())),
                any())).thenThrow(new InvalidInput("periodTo", "periodTo must not be before periodFrom"));
        mvc.perform(aReturn("30", "8", "CARER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Period to must not be before period from")));
        mvc.perform(aReturn("20", "11", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter person 1: whose words these are")));
        mvc.perform(aReturn("20", "11", "CARER")).andExpect(redirectedUrl("/monitoring/CON-1"));
        verify(reviews).submitReturn(eq("CON-1"), argThat(r -> r.periodTo().equals(LocalDate.of(2026, 11, 20))
                && r.plannedHours().compareTo(new BigDecimal("1250")) == 0 && r.periodFrom().equals(LocalDate.of(2026, 9, 1))
                && r.deliveredHours().compareTo(new BigDecimal("1190")) == 0 && r.outcomes().size() == 1
                && r.outcomes().getFirst().category() == TalkingPoint.SEEING_PEOPLE
                && r.outcomes().getFirst().spokenBy() == Speaker.CARER
                && r.outcomes().getFirst().words().equals("She's out to the lunch club, Dimàirt, and loves it")),
                argThat(p -> p.username().equals("pat.provider")));
    }

    @Test
    void aContractNotTheProvidersIsNotFoundAndOnlyProcurementAndProvidersReachMonitoring() throws Exception {
        when(views.get(any(), eq("CON-2"))).thenThrow(new NotFound("Contract CON-2 is not monitored."));
        mvc.perform(as(get("/monitoring/CON-2"), PROVIDER)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Contract CON-2 is not monitored.")));
        mvc.perform(as(get("/monitoring"), COMMISSIONER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/monitoring/CON-1/returns"), OFFICER).param("plannedHours", "1"))
                .andExpect(status().isForbidden());
        verify(reviews, never()).submitReturn(any(), any(), any());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/monitoring").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
    }

    /** A return for a period from 1 September 2026 to the given day, with one person's outcome in a carer's words. */
    private MockHttpServletRequestBuilder aReturn(String toDay, String toMonth, String spokenBy) {
        return as(post("/monitoring/CON-1/returns"), PROVIDER).param("fromDay", "1").param("fromMonth", "9")
                .param("fromYear", "2026").param("toDay", toDay).param("toMonth", toMonth).param("toYear", "2026")
                .param("plannedHours", "1,250").param("deliveredHours", "1190").param("lowestHourlyPay", "£12.60")
                .param("personReference", "P-17", "", "").param("category", "SEEING_PEOPLE", "", "")
                .param("spokenBy", spokenBy, "", "")
                .param("words", "She's out to the lunch club, Dimàirt, and loves it", "", "");
    }

    private static MonitoringReview.ReviewView awaitingReturn() {
        return new MonitoringReview.ReviewView(1, "CON-1/1", Tier.HIGH, ReviewType.VISIT,
                Instant.parse("2026-11-01T09:00:00Z"), LocalDate.of(2026, 11, 29), null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static MonitoringViews.MonitoredView contract(List<MonitoringReview.ReviewView> reviewsHeld) {
        return contract(reviewsHeld, List.of());
    }

    private static MonitoringViews.MonitoredView contract(List<MonitoringReview.ReviewView> reviewsHeld,
            List<Complaint.View> complaintsHeld) {
        return new MonitoringViews.MonitoredView("CON-1", "Care at home in Lochaber", "PRV-1", "Glen Care", Tier.HIGH,
                REASON, ReviewType.VISIT, 3, Instant.parse("2026-12-01T09:00:00Z"), Standing.MONITORED,
                reviewsHeld, List.of(), complaintsHeld);
    }

    private static MonitoringViews.OutcomesView outcomes() {
        List<ContractedOutcome> contracted = List.of(
                new ContractedOutcome("People feel safe", "80% of people say they feel safe at home"),
                new ContractedOutcome("People keep in touch with friends", "What people say about it"));
        List<RecordedOutcome.View> reported = List.of(new RecordedOutcome.View(1L, "P-17",
                TalkingPoint.FEELING_SAFE, Speaker.PERSON, "Tha mi a'faireachdainn sàbhailte", OutcomeMet.MET,
                Instant.parse("2026-09-10T09:00:00Z")), new RecordedOutcome.View(1L, "P-18",
                TalkingPoint.FEELING_SAFE, Speaker.CARER, "Mostly, since the new rota", OutcomeMet.PARTLY_MET,
                Instant.parse("2026-09-10T09:00:00Z")));
        return new MonitoringViews.OutcomesView("CON-1", contracted, Map.of(TalkingPoint.FEELING_SAFE, 2L), reported,
                IndicatorComparison.compare(contracted, reported));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
