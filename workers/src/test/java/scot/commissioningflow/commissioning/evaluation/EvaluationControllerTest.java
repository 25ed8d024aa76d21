package scot.commissioningflow.commissioning.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;

/** Sealed responses, scores and moderation: what is refused, and how it is said, to people signed in for real. */
@WebMvcTest(EvaluationController.class)
@Import({TestSignIn.class, CommissioningAccessRules.class})
class EvaluationControllerTest {

    private static final SignedInPerson AILSA = new SignedInPerson("eval.ailsa", "Ailsa Ross",
            Set.of(Role.EVALUATOR), "HIGHLAND-HSCP", null);
    private static final SignedInPerson MOIRA = new SignedInPerson("officer.moira", "Moira Grant",
            Set.of(Role.PROCUREMENT_OFFICER), "HIGHLAND-HSCP", null);
    private static final SignedInPerson MORAG = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Responses responses;

    @MockitoBean
    private Evaluation evaluation;

    @Test
    void sealedResponsesAreRefusedEvenToTheCommissionerSayingUntilWhen() throws Exception {
        when(responses.opened("TND-1", MORAG)).thenThrow(new Refused("Responses to TND-1 are sealed until the"
                + " response deadline (2026-12-18T12:00:00Z) has passed; no one, the commissioner included, can read"
                + " them before then."));

        mvc.perform(get("/api/tenders/TND-1/responses").header("Authorization", SignedTokens.bearer(MORAG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("sealed until the response deadline")));
    }

    @Test
    void marksOutOfRangeAreRefusedNamingTheScore() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/evaluations").header("Authorization", SignedTokens.bearer(AILSA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": [{\"responseId\": 7, \"quality\": 120, \"fairWork\": 60,"
                                + " \"comments\": \"Strong outcomes approach\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].quality"))
                .andExpect(jsonPath("$.detail").value(containsString("scores[0].quality must be a mark from 0 to"
                        + " 100")));
        verifyNoInteractions(evaluation);
    }

    @Test
    void aSheetLeavingAResponseOutIsRefusedAsTheServiceSaysIt() throws Exception {
        when(evaluation.score(eq("TND-1"), eq(AILSA), any())).thenThrow(new InvalidInput(List.of(
                new FieldProblem("scores", "scores must cover every response being evaluated; missing [8]"))));

        mvc.perform(post("/api/tenders/TND-1/evaluations").header("Authorization", SignedTokens.bearer(AILSA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": [{\"responseId\": 7, \"quality\": 80, \"fairWork\": 60,"
                                + " \"comments\": \"Strong outcomes approach\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: scores must cover every response"
                        + " being evaluated; missing [8]."));
    }

    @Test
    void moderationWithNoTaskOpenIsAConflict() throws Exception {
        when(evaluation.moderate(eq("TND-1"), eq(MOIRA), any())).thenThrow(
                new Conflict("There is no open moderation task on TND-1."));

        mvc.perform(post("/api/tenders/TND-1/moderation").header("Authorization", SignedTokens.bearer(MOIRA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moderationNotes\": \"Agreed\", \"scores\": [{\"responseId\": 7, \"quality\": 80,"
                                + " \"fairWork\": 60, \"comments\": \"Consensus\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("There is no open moderation task on TND-1."));
    }

    @Test
    void onlyEvaluatorsScoreAndOnlyTheBuyersStaffModerate() throws Exception {
        String sheet = "{\"moderationNotes\": \"Agreed\", \"scores\": [{\"responseId\": 7, \"quality\": 80,"
                + " \"fairWork\": 60, \"comments\": \"Consensus\"}]}";
        mvc.perform(post("/api/tenders/TND-1/evaluations").header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON).content(sheet))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenders/TND-1/moderation")
                        .header("Authorization", SignedTokens.bearer("spey.bids", "PRV-A", Role.PROVIDER_USER))
                        .contentType(MediaType.APPLICATION_JSON).content(sheet))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenders/TND-1/evaluations").contentType(MediaType.APPLICATION_JSON).content(sheet))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(evaluation);
    }

    @Test
    void anEvaluatorOfAnotherCouncilIsRefusedWithASentence() throws Exception {
        SignedInPerson fife = new SignedInPerson("eval.fife", "eval.fife", Set.of(Role.EVALUATOR), "FIFE-HSCP",
                null);
        when(evaluation.score(eq("TND-1"), eq(fife), any())).thenThrow(new Refused("Only staff of HIGHLAND-HSCP,"
                + " the buyer of tender TND-1, may score its responses; you sign in for FIFE-HSCP."));

        mvc.perform(post("/api/tenders/TND-1/evaluations").header("Authorization", SignedTokens.bearer(fife))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": [{\"responseId\": 7, \"quality\": 80, \"fairWork\": 60,"
                                + " \"comments\": \"Strong outcomes approach\"}]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("may score its responses")));
    }

    @Test
    void aProviderReadsTheOpenedResponsesThroughTheServiceWhichFiltersThem() throws Exception {
        SignedInPerson spey = new SignedInPerson("spey.bids", "spey.bids", Set.of(Role.PROVIDER_USER), "PRV-A", null);
        when(responses.opened("TND-1", spey)).thenReturn(List.of());

        mvc.perform(get("/api/tenders/TND-1/responses").header("Authorization", SignedTokens.bearer(spey)))
                .andExpect(status().isOk());
    }
}
