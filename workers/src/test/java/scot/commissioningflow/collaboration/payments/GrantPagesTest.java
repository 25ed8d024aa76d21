package scot.commissioningflow.collaboration.payments;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import java.util.Optional;
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
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Participant;
import scot.commissioningflow.collaboration.application.ApplicationView;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.grant.Grant;
import scot.commissioningflow.collaboration.grant.GrantView;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** A grant's page and the lead's milestone report: who took part shown as recorded, a report's problems in words. */
@WebMvcTest(GrantPages.class)
@Import({TestSignIn.class, CollaborationAccessRules.class, Words.class})
class GrantPagesTest {

    private static final SignedInPerson LEAD = new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
            "PRV-1", null);
    private static final SignedInPerson PANEL = new SignedInPerson("priya.panel", "Priya",
            Set.of(Role.PANEL_MEMBER), "NATIONAL-PROGRAMME", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Grants grants;

    @MockitoBean
    private Payments payments;

    @MockitoBean
    private Applications applications;

    @BeforeEach
    void aSignedGrantWithItsFirstStagePaid() {
        when(grants.view(eq("CFG-1"), any())).thenReturn(new GrantView("CFG-1", "CFA-1", "CFR-1", "PRV-1",
                new BigDecimal("20000"), "The real Living Wage", Grant.Status.SIGNED, new BigDecimal("10000"),
                BigDecimal.ZERO, null, null, Instant.now()));
        when(grants.agreement(eq("CFG-1"), any())).thenReturn(Optional.empty());
        when(applications.view(eq("CFA-1"), any())).thenReturn(new ApplicationView("CFA-1", "CFR-1",
                "Shared night support", "PRV-1", List.of(), "People who use night support", List.of(new Involvement(
                Participant.UNPAID_CARERS, 4, "A carers' evening")), List.of(), List.of(new BudgetLine("Night rota",
                "PRV-1", new BigDecimal("20000"))), List.of(), new BigDecimal("20000"), true,
                JointApplication.Status.AWARDED, null, null, null, null, null, null));
        when(payments.milestones(eq("CFG-1"), any())).thenReturn(List.of(
                new Payments.MilestoneView(1, "Rota live", LocalDate.now().plusDays(60), new BigDecimal("10000"),
                        Instant.now(), null),
                new Payments.MilestoneView(2, "Night team live", LocalDate.now().plusDays(120),
                        new BigDecimal("10000"), null, null)));
    }

    @Test
    void theGrantShowsItsMilestonesPaymentsAndWhoShapedIt() throws Exception {
        mvc.perform(as(get("/collaboration/grants/CFG-1"), LEAD)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("£10,000.00, paid"),
                        containsString("£10,000.00, not paid yet"), containsString("Send the report for milestone 1"),
                        not(containsString("Send the report for milestone 2")),
                        containsString("4 unpaid carers: A carers&#39; evening"))));
    }

    @Test
    void aReportTypedWrongIsSaidInWordsAndAGoodOneIsSent() throws Exception {
        mvc.perform(as(post("/collaboration/grants/CFG-1/milestones/1/report"), LEAD).param("progress", "")
                        .param("who", "SUPPORTED_PEOPLE").param("howMany", "nine").param("how", "At a meeting")
                        .param("spend-0", "a lot"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter what was done"),
                        containsString("How many took part must be a whole number"),
                        containsString("Spent on Night rota must be a number"))));
        verify(payments, never()).submit(any(), anyInt(), any(), any());
        mvc.perform(as(post("/collaboration/grants/CFG-1/milestones/1/report"), LEAD).param("progress", "Live, ok")
                        .param("who", "SUPPORTED_PEOPLE").param("howMany", "9").param("how", "At a meeting")
                        .param("spend-0", "9,500"))
                .andExpect(redirectedUrl("/collaboration/grants/CFG-1"));
        verify(payments).submit(eq("CFG-1"), eq(1), argThat(r -> r.spend().size() == 1
                && r.spend().getFirst().amount().compareTo(new BigDecimal("9500")) == 0
                && r.peopleInvolved().getFirst().howMany() == 9), any());
    }

    @Test
    void thePanelSeesNoGrant() throws Exception {
        mvc.perform(as(get("/collaboration/grants/CFG-1"), PANEL)).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
