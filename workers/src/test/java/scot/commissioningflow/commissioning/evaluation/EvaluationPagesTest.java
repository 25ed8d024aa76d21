package scot.commissioningflow.commissioning.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.responses.ResponseView;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** The scoring pages: each response beside its marks, problems said per response, and who may score. */
@WebMvcTest(EvaluationPages.class)
@Import({TestSignIn.class, CommissioningAccessRules.class, Words.class})
class EvaluationPagesTest {

    private static final String TENDER = "TND-0003";
    private static final SignedInPerson EVALUATOR = new SignedInPerson("eval.ailsa", "Ailsa Evaluator",
            Set.of(Role.EVALUATOR), "HIGHLAND-HSCP", null);
    private static final SignedInPerson OFFICER = new SignedInPerson("iain.officer", "Iain Officer",
            Set.of(Role.PROCUREMENT_OFFICER), "HIGHLAND-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Responses responses;

    @MockitoBean
    private Evaluation evaluation;

    @MockitoBean
    private Tenders tenders;

    @BeforeEach
    void aTenderWithTwoResponsesOneNotCompliant() {
        when(tenders.get(eq(TENDER), any())).thenReturn(TenderViews.careAtHome(TENDER, TenderStatus.EVALUATING,
                Instant.parse("2027-01-15T17:00:00Z")));
        when(responses.opened(eq(TENDER), any())).thenReturn(List.of(
                response(11L, "Spey Support", true, "We visit at times people choose."),
                response(12L, "Glenmore Care", false, "Late insurance certificate.")));
    }

    @Test
    void anEvaluatorReadsEachResponseBesideItsMarks() throws Exception {
        mvc.perform(as(get("/tenders/" + TENDER + "/scoring"), EVALUATOR))
                .andExpect(status().isOk())
                .andExpect(view().name("commissioning/scoring"))
                .andExpect(content().string(containsString("We visit at times people choose.")))
                .andExpect(content().string(containsString("id=\"quality-11\"")))
                .andExpect(content().string(containsString("Not scored: ")))
                .andExpect(content().string(containsString("Late insurance certificate.")));
    }

    @Test
    void aMarkMissingOrOutOfRangeIsSaidForItsResponseAndNothingIsRecorded() throws Exception {
        mvc.perform(as(post("/tenders/" + TENDER + "/scoring"), EVALUATOR).param("quality-11", "120")
                        .param("fairWork-11", "").param("comments-11", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quality for Spey Support must be a mark from 0 to 100")))
                .andExpect(content().string(containsString("Enter a fair work mark for Spey Support")))
                .andExpect(content().string(containsString("Enter your reasons for the marks for Spey Support")))
                .andExpect(content().string(containsString("value=\"120\"")));
        verify(evaluation, never()).score(anyString(), any(), any());
    }

    @Test
    void marksForEveryScoredResponseAreRecordedAsTheEvaluators() throws Exception {
        mvc.perform(as(post("/tenders/" + TENDER + "/scoring"), EVALUATOR).param("quality-11", "72.5")
                        .param("fairWork-11", "80").param("comments-11", "Clear plan for choice of times."))
                .andExpect(redirectedUrl("/tenders/TND-0003/scoring"));
        verify(evaluation).score(eq(TENDER), eq(EVALUATOR), argThat(sheet -> sheet.scores().size() == 1
                && sheet.scores().getFirst().responseId() == 11L
                && sheet.scores().getFirst().quality().compareTo(new BigDecimal("72.5")) == 0
                && sheet.moderationNotes() == null));
    }

    @Test
    void theModeratorRecordsConsensusWithHowItWasReached() throws Exception {
        mvc.perform(as(post("/tenders/" + TENDER + "/moderation"), OFFICER).param("quality-11", "75")
                        .param("fairWork-11", "80").param("comments-11", "Agreed."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how the panel reached its consensus")));
        mvc.perform(as(post("/tenders/" + TENDER + "/moderation"), OFFICER).param("quality-11", "75")
                        .param("fairWork-11", "80").param("comments-11", "Agreed.")
                        .param("moderationNotes", "Met on 20 January; marks agreed."))
                .andExpect(redirectedUrl("/tenders/TND-0003/moderation"));
        verify(evaluation).moderate(eq(TENDER), eq(OFFICER), argThat(sheet ->
                "Met on 20 January; marks agreed.".equals(sheet.moderationNotes())));
    }

    @Test
    void onlyEvaluatorsScoreAndOnlyProcurementStaffModerate() throws Exception {
        mvc.perform(as(get("/tenders/" + TENDER + "/scoring"), OFFICER)).andExpect(status().isForbidden());
        mvc.perform(as(get("/tenders/" + TENDER + "/moderation"), EVALUATOR)).andExpect(status().isForbidden());
        mvc.perform(as(get("/scoring"), EVALUATOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No tender of your council is being evaluated now")));
    }

    private static ResponseView response(long id, String provider, boolean compliant, String text) {
        return new ResponseView(id, TENDER, 1, "PRV-" + id, provider, Instant.parse("2027-01-10T12:00:00Z"),
                new BigDecimal("400000"), new BigDecimal("27.50"), text, "Outcomes reviewed with each person.",
                Map.of(), compliant, compliant ? null : text, "MET", "Pays the real Living Wage.", "bids@example.org");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
