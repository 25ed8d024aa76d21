package scot.commissioningflow.collaboration.panel;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import java.time.LocalDate;
import java.util.List;
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
import scot.commissioningflow.collaboration.CollaborationAccessRules;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Participant;
import scot.commissioningflow.collaboration.application.ApplicationView;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.panel.PanelRequests.MarkView;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;
import scot.commissioningflow.collaboration.round.RoundView;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** The funder's moderation page: members' marks side by side; a moderated mark needs its reason; the decision. */
@WebMvcTest(ModerationPages.class)
@Import({TestSignIn.class, CollaborationAccessRules.class, Words.class})
class ModerationPagesTest {

    private static final SignedInPerson FUNDER = new SignedInPerson("aileen", "Aileen", Set.of(Role.COMMISSIONER),
            "DEMO-HSCP", null);
    private static final SignedInPerson PANEL = new SignedInPerson("priya.panel", "Priya",
            Set.of(Role.PANEL_MEMBER), "NATIONAL-PROGRAMME", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Rounds rounds;

    @MockitoBean
    private Applications applications;

    @MockitoBean
    private Panel panel;

    @BeforeEach
    void aRoundTheFunderMayModerate() {
        when(rounds.view("CFR-1")).thenReturn(new RoundView("CFR-1", "Working together", "Sharing.", "DEMO-HSCP",
                "Demo", new BigDecimal("100000"), LocalDate.now(), LocalDate.now().plusDays(1),
                List.of(new Criterion("Co-production", 100, "Who led it.")), new EligibilityRules(true, true, true,
                null), List.of("priya.panel", "panel.two"), 14, 28, FundingRound.Status.ASSESSING, 1L, null));
        when(applications.forRound(eq("CFR-1"), any())).thenReturn(List.of(new ApplicationView("CFA-1", "CFR-1",
                "Shared night support", "PRV-1", List.of(), "People who use night support", List.of(new Involvement(
                Participant.SUPPORTED_PEOPLE, 4, "Workshops")), List.of(), List.of(), List.of(),
                new BigDecimal("20000"), true, JointApplication.Status.ELIGIBLE, null, null, null, null, null, null)));
        when(panel.marks(eq("CFR-1"), any())).thenReturn(List.of(
                new MarkView("CFA-1", "priya.panel", "Co-production", new BigDecimal("80"), "Tenants led it"),
                new MarkView("CFA-1", "panel.two", "Co-production", new BigDecimal("40"), "Thin evidence")));
    }

    @Test
    void theFunderSeesEveryMarkAndAModeratedMarkWithoutItsReasonIsSaidInWords() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/CFR-1/moderation"), FUNDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tenants led it"), containsString("Thin evidence"),
                        containsString("Shared night support: Co-production (100%)"))));
        mvc.perform(as(post("/collaboration/rounds/CFR-1/moderation"), FUNDER).param("application", "CFA-1")
                        .param("criterion", "Co-production").param("mark-0", "60").param("reason-0", "")
                        .param("awardConditions", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter why the mark for CFA-1, Co-production was"
                        + " moderated"), containsString("Enter the conditions every grant carries"))));
        verify(panel, never()).moderate(any(), any(), any());
    }

    @Test
    void moderatingDecides() throws Exception {
        mvc.perform(as(post("/collaboration/rounds/CFR-1/moderation"), FUNDER).param("application", "CFA-1")
                        .param("criterion", "Co-production").param("mark-0", "60")
                        .param("reason-0", "Agreed at the panel, with both members")
                        .param("awardConditions", "The real Living Wage, throughout"))
                .andExpect(redirectedUrl("/collaboration/rounds/CFR-1"));
        verify(panel).moderate(eq("CFR-1"), argThat(m -> m.moderatedScores().size() == 1
                && m.moderatedScores().getFirst().reason().equals("Agreed at the panel, with both members")
                && m.awardConditions().equals("The real Living Wage, throughout")), any());
    }

    @Test
    void thePanelDoesNotModerate() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/CFR-1/moderation"), PANEL)).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
