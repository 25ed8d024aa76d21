package scot.commissioningflow.commissioning.clarifications;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** Interest, questions and answers: what is refused, and how it is said, to people signed in for real. */
@WebMvcTest(ClarificationController.class)
@Import({TestSignIn.class, CommissioningAccessRules.class})
class ClarificationControllerTest {

    private static final SignedInPerson SPEY = new SignedInPerson("spey.bids", "Iona Grant",
            Set.of(Role.PROVIDER_USER), "PRV-A", null);
    private static final SignedInPerson MORAG = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Clarifications clarifications;

    @Test
    void interestWithoutAnAddressToSendAnswersToIsRefused() throws Exception {
        mvc.perform(post("/api/opportunities/TND-1/interest").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-A\", \"providerName\": \"Spey Support\","
                                + " \"contactEmail\": \"spey support\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("contactEmail must be a well-formed email")));
        verifyNoInteractions(clarifications);
    }

    @Test
    void aQuestionFromAProviderWhoHasNotRegisteredInterestIsAConflict() throws Exception {
        when(clarifications.ask("TND-1", "PRV-A", "May a consortium respond?", SPEY)).thenThrow(new Conflict("Provider"
                + " PRV-A has not registered interest in TND-1; register interest first so that you receive every"
                + " answer."));

        mvc.perform(post("/api/opportunities/TND-1/clarifications").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-A\", \"question\": \"May a consortium respond?\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("register interest first")));
    }

    @Test
    void anAnswerToAQuestionNeverAskedIsNotFound() throws Exception {
        when(clarifications.answer("TND-1", 99L, "Yes.", MORAG)).thenThrow(
                new NotFound("Tender TND-1 has no clarification 99."));

        mvc.perform(post("/api/tenders/TND-1/clarifications/99/answer")
                        .header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"Yes.\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Tender TND-1 has no clarification 99."));
    }

    @Test
    void aBlankAnswerIsRefused() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/clarifications/99/answer").header("Authorization",
                        SignedTokens.bearer(MORAG)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: answer must not be blank."));
    }

    @Test
    void aProviderCannotAnswerOnTheCouncilsBehalfNorAnyoneUnsignedAsk() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/clarifications/99/answer").header("Authorization",
                        SignedTokens.bearer(SPEY)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"Yes.\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/opportunities/TND-1/clarifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-A\", \"question\": \"May a consortium respond?\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/opportunities/TND-1/interest").header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-A\", \"providerName\": \"Spey Support\","
                                + " \"contactEmail\": \"bids@spey.example.org\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(clarifications);
    }

    @Test
    void interestRegisteredForAnotherProviderIsRefusedWithASentence() throws Exception {
        doThrow(new Refused("Only a user of provider PRV-B may register interest in TND-1 for it; you sign in for"
                + " PRV-A.")).when(clarifications).registerInterest(eq("TND-1"), any(), eq(SPEY));

        mvc.perform(post("/api/opportunities/TND-1/interest").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\", \"providerName\": \"Glenmore Care\","
                                + " \"contactEmail\": \"bids@glenmore.example.org\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only a user of provider PRV-B may register interest in TND-1"
                        + " for it; you sign in for PRV-A."));
    }
}
