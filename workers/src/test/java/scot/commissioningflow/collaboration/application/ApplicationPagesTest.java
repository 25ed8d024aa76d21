package scot.commissioningflow.collaboration.application;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.collaboration.CollaborationAccessRules;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;
import scot.commissioningflow.collaboration.round.RoundView;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;

/** The lead provider's pages: a joint application's problems in words, and an agreement refused in words. */
@WebMvcTest(ApplicationPages.class)
@Import({TestSignIn.class, CollaborationAccessRules.class, Words.class})
class ApplicationPagesTest {

    private static final SignedInPerson LEAD = new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
            "PRV-1", null);
    private static final SignedInPerson FUNDER = new SignedInPerson("aileen", "Aileen", Set.of(Role.COMMISSIONER),
            "DEMO-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Rounds rounds;

    @MockitoBean
    private Applications applications;

    @BeforeEach
    void anOpenRound() {
        when(rounds.view("CFR-1")).thenReturn(new RoundView("CFR-1", "Working together", "Sharing.", "DEMO-HSCP",
                "Demo", new BigDecimal("100000"), LocalDate.now(), LocalDate.now().plusDays(1),
                List.of(new Criterion("Co-production", 100, "Who led it.")), new EligibilityRules(true, true, true,
                null), List.of("priya.panel"), 14, 28, FundingRound.Status.OPEN, 1L, null));
    }

    @Test
    void anApplicationTypedWrongIsSaidInWordsInTheFormsOrder() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/CFR-1/applications/new"), LEAD)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Apply with your partners"),
                        containsString("yours is PRV-1"))));
        mvc.perform(as(post("/collaboration/rounds/CFR-1/applications"), LEAD).param("title", "")
                        .param("budget-0-line", "Shared rota").param("budget-0-partner", "PRV-1")
                        .param("budget-0-amount", "lots").param("milestone-0-name", "Rota live")
                        .param("milestone-0-dueDay", "31").param("milestone-0-dueMonth", "2")
                        .param("milestone-0-dueYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter title of the proposal"),
                        containsString("The amount of budget line 1 must be a number"),
                        containsString("The report date of milestone 1 must be a real date"),
                        containsString("Enter the provider reference of partner 1"))));
        verify(applications, never()).start(any(), any(), any());
    }

    @Test
    void theFairWorkDeclarationTypedComesBackOnTheSharedFieldsWithItsProblem() throws Exception {
        mvc.perform(as(post("/collaboration/rounds/CFR-1/applications"), LEAD).param("supportWorkerPay", "lots")
                        .param("zeroHoursContracts", "USED").param("flowsDownToAgencyStaff", "true")
                        .param("workforceDevelopment", "SVQ 3 funded for every worker."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hourly pay of a support worker must be a number"),
                        containsString("id=\"supportWorkerPay\" name=\"supportWorkerPay\" type=\"text\""
                                + " value=\"lots\""),
                        containsString("value=\"USED\" checked=\"checked\""),
                        containsString("id=\"flowsDownToAgencyStaff\" name=\"flowsDownToAgencyStaff\""
                                + " type=\"checkbox\" value=\"true\" checked=\"checked\""),
                        containsString("SVQ 3 funded for every worker."))));
        verify(applications, never()).start(any(), any(), any());
    }

    @Test
    void anAgreementOfTheWrongKindIsRefusedInWordsOnTheApplication() throws Exception {
        when(applications.attachAgreement(eq("CFA-1"), eq("agreement.txt"), eq("text/plain"), any(), any()))
                .thenThrow(new InvalidInput("partnershipAgreement", "The partnership agreement must be a PDF or a"
                        + " Word (.docx) document, not text/plain."));
        mvc.perform(as(multipart("/collaboration/applications/CFA-1/partnership-agreement").file(new MockMultipartFile(
                        "agreement", "agreement.txt", "text/plain", "Signed.".getBytes(StandardCharsets.UTF_8))),
                        LEAD))
                .andExpect(redirectedUrl("/collaboration/applications/CFA-1"))
                .andExpect(flash().attribute("problems", List.of(new FieldProblem("agreement", "The partnership"
                        + " agreement must be a PDF or a Word (.docx) document, not text/plain."))));
        mvc.perform(as(multipart("/collaboration/applications/CFA-1/partnership-agreement"), LEAD))
                .andExpect(redirectedUrl("/collaboration/applications/CFA-1"))
                .andExpect(flash().attribute("problems", List.of(new FieldProblem("agreement", "Choose the signed"
                        + " partnership agreement to attach: a PDF or Word document"))));
        mvc.perform(as(multipart("/collaboration/applications/CFA-1/partnership-agreement").file(new MockMultipartFile(
                        "agreement", "agreement.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))),
                        LEAD))
                .andExpect(flash().attribute("confirmation", "The partnership agreement agreement.pdf is attached."));
        verify(applications).attachAgreement(eq("CFA-1"), eq("agreement.pdf"), eq("application/pdf"),
                argThat(bytes -> bytes.length == 8), any());
    }

    @Test
    void onlyAProviderAppliesOrAttaches() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/CFR-1/applications/new"), FUNDER))
                .andExpect(status().isForbidden());
        mvc.perform(as(multipart("/collaboration/applications/CFA-1/partnership-agreement"), FUNDER))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
