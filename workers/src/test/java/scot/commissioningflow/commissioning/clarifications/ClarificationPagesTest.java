package scot.commissioningflow.commissioning.clarifications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
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
import scot.commissioningflow.commissioning.clarifications.Clarification.ClarificationView;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** The clarification pages: staff answer, a provider asks; problems in words, and the roles the rules allow. */
@WebMvcTest(ClarificationPages.class)
@Import({TestSignIn.class, CommissioningAccessRules.class, Words.class})
class ClarificationPagesTest {

    private static final String TENDER = "TND-0001";
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat Provider",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Clarifications clarifications;

    @MockitoBean
    private Tenders tenders;

    @Test
    void staffSeeEachQuestionWithAnAnswerFormUntilItIsAnswered() throws Exception {
        givenTender();
        when(clarifications.all(eq(TENDER), any())).thenReturn(List.of(
                new ClarificationView(7L, "Are sleepovers included?", null, Instant.now(), null, List.of()),
                new ClarificationView(8L, "Is TUPE expected?", "No.", Instant.now(), Instant.now(),
                        List.of("PRV-1", "PRV-2"))));

        mvc.perform(as(get("/tenders/" + TENDER + "/clarifications"), COMMISSIONER))
                .andExpect(status().isOk())
                .andExpect(view().name("commissioning/clarifications"))
                .andExpect(content().string(containsString("Are sleepovers included?")))
                .andExpect(content().string(containsString("/tenders/TND-0001/clarifications/7/answer")))
                .andExpect(content().string(not(containsString("/tenders/TND-0001/clarifications/8/answer"))))
                .andExpect(content().string(containsString("to 2 providers")));
    }

    @Test
    void anEmptyAnswerIsAskedForInWordsAndNothingIsSent() throws Exception {
        givenTender();
        when(clarifications.all(eq(TENDER), any())).thenReturn(List.of(
                new ClarificationView(7L, "Are sleepovers included?", null, Instant.now(), null, List.of())));

        mvc.perform(as(post("/tenders/" + TENDER + "/clarifications/7/answer"), COMMISSIONER).param("answer-7", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the answer to share with every interested provider")))
                .andExpect(content().string(containsString("href=\"#answer-7\"")));
        verify(clarifications, never()).answer(anyString(), anyLong(), anyString(), any());
    }

    @Test
    void anAnswerIsSharedAndThePageSaysSo() throws Exception {
        mvc.perform(as(post("/tenders/" + TENDER + "/clarifications/7/answer"), COMMISSIONER)
                        .param("answer-7", "Yes, two a week."))
                .andExpect(redirectedUrl("/tenders/TND-0001/clarifications"));
        verify(clarifications).answer(eq(TENDER), eq(7L), eq("Yes, two a week."),
                eq(COMMISSIONER));
    }

    @Test
    void aProviderAsksForItsOwnOrganisation() throws Exception {
        mvc.perform(as(post("/opportunities/" + TENDER + "/questions"), PROVIDER)
                        .param("question", "Are sleepovers included? – Ròs"))
                .andExpect(redirectedUrl("/opportunities/TND-0001/questions"));
        verify(clarifications).ask(TENDER, "PRV-1", "Are sleepovers included? – Ròs", PROVIDER);
    }

    @Test
    void aProviderThatHasNotRegisteredInterestIsToldToFirst() throws Exception {
        givenTender();
        when(clarifications.all(eq(TENDER), any())).thenReturn(List.of());
        when(clarifications.hasRegisteredInterest(TENDER, "PRV-1")).thenReturn(false);

        mvc.perform(as(get("/opportunities/" + TENDER + "/questions"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Register interest on the")))
                .andExpect(content().string(not(containsString("Send your question"))));
    }

    @Test
    void aCommissionerCannotAskAndAProviderCannotAnswer() throws Exception {
        mvc.perform(as(post("/opportunities/" + TENDER + "/questions"), COMMISSIONER).param("question", "Q"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/tenders/" + TENDER + "/clarifications/7/answer"), PROVIDER).param("answer-7", "A"))
                .andExpect(status().isForbidden());
        verify(clarifications, never()).ask(anyString(), anyString(), anyString(), any());
        verify(clarifications, never()).answer(anyString(), anyLong(), anyString(), any());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/tenders/" + TENDER + "/clarifications").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    private void givenTender() {
        when(tenders.get(eq(TENDER), any())).thenReturn(TenderViews.careAtHome(TENDER,
                TenderStatus.OPEN_FOR_RESPONSES, Instant.parse("2027-01-15T17:00:00Z")));
        when(tenders.get(TENDER)).thenReturn(TenderViews.careAtHome(TENDER, TenderStatus.OPEN_FOR_RESPONSES,
                Instant.parse("2027-01-15T17:00:00Z")));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
