package scot.commissioningflow.commissioning.award;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** The award decision and standstill challenges: what is refused, and how it is said. */
@WebMvcTest({AwardController.class, StandstillChallengeController.class})
class AwardControllersTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Awards awards;

    @MockitoBean
    private StandstillChallenges challenges;

    @Test
    void aDecisionWithoutAnAnswerOrRationaleIsRefusedNamingBoth() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/award-decision").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rationale\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("approve must not be null")))
                .andExpect(jsonPath("$.detail").value(containsString("rationale must not be blank")));
        verifyNoInteractions(awards);
    }

    @Test
    void aDecisionWithNoAwardWaitingIsAConflict() throws Exception {
        when(awards.decide(any(), anyBoolean(), any(), any())).thenThrow(
                new Conflict("Tender TND-1 has no award waiting for a decision."));

        mvc.perform(post("/api/tenders/TND-1/award-decision").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\": false, \"rationale\": \"Moderate the outcomes scores again.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Tender TND-1 has no award waiting for a decision."));
    }

    @Test
    void anAwardNotYetMadeIsNotFound() throws Exception {
        when(awards.award("TND-1")).thenThrow(new NotFound("Tender TND-1 has not been awarded yet."));

        mvc.perform(get("/api/tenders/TND-1/award"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Tender TND-1 has not been awarded yet."));
    }

    @Test
    void aChallengeWithoutGroundsIsRefused() throws Exception {
        mvc.perform(post("/api/opportunities/TND-1/challenges").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: grounds must not be blank."));
        verifyNoInteractions(challenges);
    }

    @Test
    void aChallengeOutsideStandstillIsAConflict() throws Exception {
        when(challenges.receive("TND-1", "PRV-B", "Too early")).thenThrow(new Conflict("A challenge to TND-1 can"
                + " be received only during standstill; the tender is open for responses."));

        mvc.perform(post("/api/opportunities/TND-1/challenges").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\", \"grounds\": \"Too early\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("can be received only during standstill")));
    }
}
