package scot.commissioningflow.commissioning.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
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
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.award.Awards.AwardStanding;
import scot.commissioningflow.commissioning.award.Awards.Recommendation;
import scot.commissioningflow.commissioning.award.DebriefLetter.LetterView;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** The award pages: the recommendation decided with reasons, standstill in words, a provider's own outcome. */
@WebMvcTest(AwardPages.class)
@Import({TestSignIn.class, CommissioningAccessRules.class, Words.class})
class AwardPagesTest {

    private static final String TENDER = "TND-0002";
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);
    private static final SignedInPerson OFFICER = new SignedInPerson("iain.officer", "Iain Officer",
            Set.of(Role.PROCUREMENT_OFFICER), "HIGHLAND-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat Provider",
            Set.of(Role.PROVIDER_USER), "PRV-2", null);
    private static final List<RankedResponse> RANKING = List.of(
            new RankedResponse(1, "PRV-1", "Spey Support", new BigDecimal("400000"), new BigDecimal("27.50"),
                    new BigDecimal("80"), new BigDecimal("95"), new BigDecimal("70"), new BigDecimal("82.00"), 1),
            new RankedResponse(2, "PRV-2", "Glenmore Care", new BigDecimal("380000"), new BigDecimal("26.00"),
                    new BigDecimal("60"), new BigDecimal("100"), new BigDecimal("70"), new BigDecimal("69.00"), 2));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Awards awards;

    @MockitoBean
    private StandstillChallenges challenges;

    @MockitoBean
    private Tenders tenders;

    @Test
    void aCommissionerSeesTheRecommendationWithItsRankingAndDecidesIt() throws Exception {
        when(awards.standing(eq(TENDER), any())).thenReturn(new AwardStanding(tender(TenderStatus.EVALUATING),
                new Recommendation(RANKING, null), null));

        mvc.perform(as(get("/tenders/" + TENDER + "/award"), COMMISSIONER))
                .andExpect(status().isOk())
                .andExpect(view().name("commissioning/award"))
                .andExpect(content().string(containsString("recommend")))
                .andExpect(content().string(containsString("Spey Support")))
                .andExpect(content().string(containsString("Glenmore Care")))
                .andExpect(content().string(containsString("Record the decision")));
    }

    @Test
    void procurementStaffFollowTheAwardButOnlyACommissionerDecides() throws Exception {
        when(awards.standing(eq(TENDER), any())).thenReturn(new AwardStanding(tender(TenderStatus.EVALUATING),
                new Recommendation(RANKING, null), null));

        mvc.perform(as(get("/tenders/" + TENDER + "/award"), OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record the decision"))));
        mvc.perform(as(post("/tenders/" + TENDER + "/award"), OFFICER).param("decision", "approve")
                        .param("rationale", "Highest score."))
                .andExpect(status().isForbidden());
        verify(awards, never()).decide(anyString(), anyBoolean(), anyString(), any());
    }

    @Test
    void aDecisionWithoutAChoiceOrReasonsIsAskedForInWords() throws Exception {
        when(awards.standing(eq(TENDER), any())).thenReturn(new AwardStanding(tender(TenderStatus.EVALUATING),
                new Recommendation(RANKING, null), null));

        mvc.perform(as(post("/tenders/" + TENDER + "/award"), COMMISSIONER).param("rationale", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose whether to approve the award or send it back")))
                .andExpect(content().string(containsString("Enter the reasons for your decision")));
        verify(awards, never()).decide(anyString(), anyBoolean(), anyString(), any());
    }

    @Test
    void anApprovalIsRecordedWithItsReasons() throws Exception {
        mvc.perform(as(post("/tenders/" + TENDER + "/award"), COMMISSIONER).param("decision", "approve")
                        .param("rationale", "Highest score once moderated."))
                .andExpect(redirectedUrl("/tenders/TND-0002/award"));
        verify(awards).decide(TENDER, true, "Highest score once moderated.", COMMISSIONER);
    }

    @Test
    void aDecidedAwardSaysWhenStandstillEnds() throws Exception {
        when(awards.standing(eq(TENDER), any())).thenReturn(new AwardStanding(tender(TenderStatus.STANDSTILL), null,
                new AwardView(TENDER, "PRV-1", "Spey Support", new BigDecimal("400000"), new BigDecimal("27.50"),
                        RANKING, "Highest score.", "morag.fraser", LocalDate.of(2027, 2, 1),
                        Instant.parse("2027-02-12T00:00:00Z"), LocalDate.of(2027, 3, 3), null, null, null, null,
                        1L, "bids@spey.example")));

        mvc.perform(as(get("/tenders/" + TENDER + "/award"), COMMISSIONER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Runs until 12 February 2027")))
                .andExpect(content().string(containsString("Providers may challenge the award until then.")));
    }

    @Test
    void aProviderReadsItsDebriefAndChallengesDuringStandstill() throws Exception {
        when(tenders.get(TENDER)).thenReturn(tender(TenderStatus.STANDSTILL));
        when(awards.letters(eq(TENDER), any())).thenReturn(List.of(new LetterView("PRV-2",
                "Dear Glenmore Care,\n\nYour response ranked second.", Instant.parse("2027-02-01T10:00:00Z"))));
        when(challenges.of(eq(TENDER), any())).thenReturn(List.of());

        mvc.perform(as(get("/opportunities/" + TENDER + "/outcome"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your response ranked second.")))
                .andExpect(content().string(containsString("Send your challenge")));
    }

    @Test
    void aChallengeWithoutGroundsIsAskedForAndOneWithGroundsIsSentForTheProvidersOwnOrganisation()
            throws Exception {
        when(tenders.get(TENDER)).thenReturn(tender(TenderStatus.STANDSTILL));
        mvc.perform(as(post("/opportunities/" + TENDER + "/challenges"), PROVIDER).param("grounds", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the grounds of your challenge")));
        verify(challenges, never()).receive(anyString(), anyString(), anyString(), any());

        mvc.perform(as(post("/opportunities/" + TENDER + "/challenges"), PROVIDER)
                        .param("grounds", "Our price was scored on the wrong total."))
                .andExpect(redirectedUrl("/opportunities/TND-0002/outcome"));
        verify(challenges).receive(TENDER, "PRV-2", "Our price was scored on the wrong total.", PROVIDER);
    }

    @Test
    void aProviderCannotOpenTheCouncilsAwardPage() throws Exception {
        mvc.perform(as(get("/tenders/" + TENDER + "/award"), PROVIDER)).andExpect(status().isForbidden());
        verify(awards, never()).standing(anyString(), any());
    }

    private static TenderView tender(TenderStatus status) {
        return TenderViews.careAtHome(TENDER, status, Instant.parse("2027-01-15T17:00:00Z"));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
