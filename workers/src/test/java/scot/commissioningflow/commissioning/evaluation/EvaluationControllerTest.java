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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.commissioning.responses.Responses;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;

/** Sealed responses, scores and moderation: what is refused, and how it is said. */
@WebMvcTest(EvaluationController.class)
class EvaluationControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Responses responses;

    @MockitoBean
    private Evaluation evaluation;

    @Test
    void sealedResponsesAreAConflictThatSaysUntilWhen() throws Exception {
        when(responses.opened("TND-1")).thenThrow(new Conflict("Responses to TND-1 are sealed until the response"
                + " deadline (2026-12-18T12:00:00Z) has passed; no one, the commissioner included, can read them"
                + " before then."));

        mvc.perform(get("/api/tenders/TND-1/responses"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("sealed until the response deadline")));
    }

    @Test
    void marksOutOfRangeAreRefusedNamingTheScore() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/evaluations").header("X-User", "eval.ailsa")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": [{\"responseId\": 7, \"quality\": 120, \"fairWork\": 60,"
                                + " \"comments\": \"Strong outcomes approach\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].quality"))
                .andExpect(jsonPath("$.detail").value(containsString("scores[0].quality must be less than or equal"
                        + " to 100")));
        verifyNoInteractions(evaluation);
    }

    @Test
    void aSheetLeavingAResponseOutIsRefusedAsTheServiceSaysIt() throws Exception {
        when(evaluation.score(eq("TND-1"), eq("eval.ailsa"), any())).thenThrow(new InvalidInput(List.of(
                new FieldProblem("scores", "scores must cover every response being evaluated; missing [8]"))));

        mvc.perform(post("/api/tenders/TND-1/evaluations").header("X-User", "eval.ailsa")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": [{\"responseId\": 7, \"quality\": 80, \"fairWork\": 60,"
                                + " \"comments\": \"Strong outcomes approach\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: scores must cover every response"
                        + " being evaluated; missing [8]."));
    }

    @Test
    void moderationWithNoTaskOpenIsAConflict() throws Exception {
        when(evaluation.moderate(eq("TND-1"), eq("officer.moira"), any())).thenThrow(
                new Conflict("There is no open moderation task on TND-1."));

        mvc.perform(post("/api/tenders/TND-1/moderation").header("X-User", "officer.moira")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moderationNotes\": \"Agreed\", \"scores\": [{\"responseId\": 7, \"quality\": 80,"
                                + " \"fairWork\": 60, \"comments\": \"Consensus\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("There is no open moderation task on TND-1."));
    }
}
