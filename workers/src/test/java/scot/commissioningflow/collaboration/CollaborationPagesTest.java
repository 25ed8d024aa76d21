package scot.commissioningflow.collaboration;

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
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Participant;
import scot.commissioningflow.collaboration.application.ApplicationRequest.RegisterKind;
import scot.commissioningflow.collaboration.application.ApplicationView;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.panel.Panel;
import scot.commissioningflow.collaboration.panel.PanelRequests.PanelItem;
import scot.commissioningflow.collaboration.panel.PanelRules.Declared;
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

/** Collaboration funding pages: a panel member declares then marks in words; partners confirm; who may do what. */
@WebMvcTest(CollaborationPages.class)
@Import({TestSignIn.class, CollaborationAccessRules.class, Words.class})
class CollaborationPagesTest {

    private static final SignedInPerson PANEL = new SignedInPerson("priya.panel", "Priya",
            Set.of(Role.PANEL_MEMBER), "NATIONAL-PROGRAMME", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Rounds rounds;

    @MockitoBean
    private Applications applications;

    @MockitoBean
    private Panel panel;

    @BeforeEach
    void oneRoundWithOneApplication() {
        when(rounds.view("CR-1")).thenReturn(new RoundView("CR-1", "Building collaboration", "Working together.",
                "DEMO-HSCP", "Demo Partnership", new BigDecimal("100000"), LocalDate.now(),
                LocalDate.now().plusDays(30), List.of(new Criterion("Co-production", 100, "Who led it.")),
                new EligibilityRules(true, true, true, null), List.of("priya.panel"), 14, 28,
                FundingRound.Status.ASSESSING, null, null));
        when(applications.view(eq("CA-1"), any())).thenReturn(new ApplicationView("CA-1", "CR-1",
                "Shared night support", "PRV-1", List.of(new PartnerEntry("PRV-1", "Lead Care", "l@care.example",
                        RegisterKind.CHARITY, "SC1", "We lead.", true, null, null, null)),
                "People who use night support", List.of(new Involvement(Participant.SUPPORTED_PEOPLE, 4,
                        "Workshops")), List.of("Fewer broken nights"), List.of(), List.of(), new BigDecimal("20000"),
                true, JointApplication.Status.ELIGIBLE, null, null, null, null, null, null));
    }

    @Test
    void aPanelMemberDeclaresFirstAndASilentDeclarationIsSaidInWords() throws Exception {
        when(panel.itemsFor(eq("CR-1"), any())).thenReturn(List.of(new PanelItem("CA-1", "Shared night support",
                "Lead Care", List.of(), Declared.NOT_YET)));
        mvc.perform(as(get("/collaboration/rounds/CR-1"), PANEL)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Do you have a conflict of interest in Shared"
                        + " night support?"), not(containsString("Read and mark")))));
        mvc.perform(as(post("/collaboration/rounds/CR-1/conflicts"), PANEL).param("applicationReference", "CA-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say whether you have a conflict of interest in CA-1")));
        mvc.perform(as(post("/collaboration/rounds/CR-1/conflicts"), PANEL).param("applicationReference", "CA-1")
                .param("conflicted", "no")).andExpect(redirectedUrl("/collaboration/rounds/CR-1"));
        verify(panel).declare(eq("CR-1"), argThat(d -> d.size() == 1 && !d.getFirst().conflicted()), any());
    }

    @Test
    void marksTypedWrongAreSaidInWordsAndGoodOnesAreSaved() throws Exception {
        mvc.perform(as(get("/collaboration/applications/CA-1"), PANEL)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mark for Co-production")));
        mvc.perform(as(post("/collaboration/applications/CA-1/scores"), PANEL).param("criterion", "Co-production")
                        .param("score", "very good").param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The mark for Co-production must be a number"),
                        containsString("Enter why you gave that mark for Co-production"))));
        verify(panel, never()).score(any(), any(), any());
        mvc.perform(as(post("/collaboration/applications/CA-1/scores"), PANEL).param("criterion", "Co-production")
                        .param("score", "72.5").param("comment", "Tenants led the design"))
                .andExpect(redirectedUrl("/collaboration/applications/CA-1"));
        verify(panel).score(eq("CA-1"), argThat(marks -> marks.getFirst().score().compareTo(new BigDecimal("72.5"))
                == 0), any());
    }

    @Test
    void onlyThePanelMarksAndOnlyProvidersConfirmAPart() throws Exception {
        mvc.perform(as(post("/collaboration/applications/CA-1/scores"), PROVIDER).param("criterion", "Co-production")
                .param("score", "100").param("comment", "Ours")).andExpect(status().isForbidden());
        mvc.perform(as(post("/collaboration/applications/CA-1/confirmation"), PANEL).param("inOwnWords", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/collaboration/applications/CA-1/confirmation"), PROVIDER).param("inOwnWords", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say your organisation&#39;s part in your own words")));
        verify(panel, never()).score(any(), any(), any());
        verify(applications, never()).confirmPart(any(), any(), any());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
