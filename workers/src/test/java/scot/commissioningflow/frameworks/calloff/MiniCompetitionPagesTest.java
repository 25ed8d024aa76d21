package scot.commissioningflow.frameworks.calloff;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.portal.Words;

/**
 * An invited lot member's mini-competition pages: what the council asks for and how it is weighed, a response typed
 * wrong said back in words with nothing sent, a response sent in the API's shape, and the page once it is closed.
 */
@WebMvcTest(MiniCompetitionPages.class)
@Import({TestSignIn.class, CallOffAccessRules.class, Words.class})
class MiniCompetitionPagesTest {

    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);
    private static final Instant CLOSES = Instant.parse("2031-03-14T17:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CallOffs callOffs;

    private static Invitation invitation(boolean open, Instant respondedAt) {
        return new Invitation("CO-1", "Care at home, Lochaber", "Morning visits, 14 hours a week, 7 days",
                "Demo HSCP", "FWK-1", 1, List.of(new OutcomeAndIndicator("Aonghas stays at home",
                        "Nights in hospital")), new BigDecimal("96000"), LocalDate.of(2031, 5, 1),
                LocalDate.of(2033, 4, 30), "Quarterly reviews", 70, 30, CLOSES,
                open ? CallOffStatus.OPEN_FOR_RESPONSES : CallOffStatus.EVALUATING, open, "Demo Care", respondedAt);
    }

    @Test
    void theInvitationShowsTheRequirementAndItsWeights() throws Exception {
        when(callOffs.invitations(any())).thenReturn(List.of(invitation(true, null)));
        when(callOffs.invitation(eq("CO-1"), any())).thenReturn(invitation(true, null));
        mvc.perform(as(get("/mini-competitions"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Care at home, Lochaber"),
                        containsString("Not sent yet"))));
        mvc.perform(as(get("/mini-competitions/CO-1"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Morning visits, 14 hours a week, 7 days"),
                        containsString("Aonghas stays at home"), containsString("Quality 70%, price 30%"),
                        containsString("Send your response"))));
    }

    @Test
    void aResponseTypedWrongIsShownAgainInWordsAndNothingIsSent() throws Exception {
        when(callOffs.invitation(eq("CO-1"), any())).thenReturn(invitation(true, null));
        mvc.perform(as(post("/mini-competitions/CO-1/response"), PROVIDER).param("hourlyRate", "about 27")
                        .param("supportWorkerPay", "13.45"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter how you will provide the service and achieve the outcomes"),
                        containsString("Hourly rate must be a number, such as 13.45"),
                        containsString("Enter total price"),
                        containsString("Choose whether you use zero-hours contracts"),
                        containsString("Enter how you develop your workforce"))));
        verify(callOffs, never()).respond(any(), any(), any());
    }

    @Test
    void aResponseIsSentInTheApisShape() throws Exception {
        when(callOffs.invitation(eq("CO-1"), any())).thenReturn(invitation(true, null));
        mvc.perform(as(post("/mini-competitions/CO-1/response"), PROVIDER)
                        .param("proposal", "Dh'fhaodadh sinn tòiseachadh sa Chèitean: =SUM(A1) as written")
                        .param("hourlyRate", "£27.50").param("totalPrice", "95,000")
                        .param("supportWorkerPay", "13.45").param("zeroHoursContracts", "NONE")
                        .param("workerVoice", "RECOGNISED_TRADE_UNION")
                        .param("workforceDevelopment", "SVQ for every worker")
                        .param("genderPayGapAction", "Published yearly").param("flexibleWorkingFromDayOne", "true"))
                .andExpect(redirectedUrl("/mini-competitions/CO-1"));
        verify(callOffs).respond(eq("CO-1"), argThat(r -> r.proposal().startsWith("Dh'fhaodadh")
                && r.hourlyRate().compareTo(new BigDecimal("27.50")) == 0
                && r.totalPrice().compareTo(new BigDecimal("95000")) == 0
                && r.fairWorkDeclaration().hourlyPayByRole().get("Support worker").compareTo(
                        new BigDecimal("13.45")) == 0
                && r.fairWorkDeclaration().zeroHoursContracts() == ZeroHoursUse.NONE
                && r.fairWorkDeclaration().workerVoice() == WorkerVoice.RECOGNISED_TRADE_UNION
                && r.fairWorkDeclaration().flexibleWorkingFromDayOne()
                && !r.fairWorkDeclaration().fireAndRehire()), any());
    }

    @Test
    void onceClosedOrSentThePageSaysSoAndOffersNoForm() throws Exception {
        when(callOffs.invitation(eq("CO-1"), any())).thenReturn(invitation(false, null));
        mvc.perform(as(get("/mini-competitions/CO-1"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("your organisation did not respond"),
                        not(containsString("Send your response")))));
        when(callOffs.invitation(eq("CO-2"), any())).thenReturn(invitation(true, CLOSES.minusSeconds(86_400)));
        mvc.perform(as(get("/mini-competitions/CO-2"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Response sent"),
                        not(containsString("Send your response")))));
        when(callOffs.respond(eq("CO-1"), any(), any())).thenThrow(new Conflict("Responses to CO-1 closed at "
                + CLOSES + "; this response was not accepted."));
        mvc.perform(as(post("/mini-competitions/CO-1/response"), PROVIDER).param("proposal", "Late")
                        .param("hourlyRate", "27").param("totalPrice", "1000").param("supportWorkerPay", "13")
                        .param("zeroHoursContracts", "NONE").param("workerVoice", "NONE")
                        .param("workforceDevelopment", "SVQ").param("genderPayGapAction", "Published"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("this response was not accepted")));
    }

    @Test
    void onlyAnInvitedProviderReachesThePages() throws Exception {
        mvc.perform(as(get("/mini-competitions"), COMMISSIONER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/mini-competitions/CO-1/response"), COMMISSIONER).param("proposal", "Mine"))
                .andExpect(status().isForbidden());
        when(callOffs.invitation(eq("CO-9"), any())).thenThrow(new NotFound(
                "There is no call-off CO-9 that you can see."));
        mvc.perform(as(get("/mini-competitions/CO-9"), PROVIDER)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no call-off CO-9 that you can see.")));
        verify(callOffs, never()).respond(any(), any(), any());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
