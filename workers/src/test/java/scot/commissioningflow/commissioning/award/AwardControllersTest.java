package scot.commissioningflow.commissioning.award;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** The award decision and standstill challenges: what is refused, and how it is said. */
@WebMvcTest({AwardController.class, StandstillChallengeController.class})
@Import({TestSignIn.class, CommissioningAccessRules.class})
class AwardControllersTest {

    private static final SignedInPerson MORAG = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);
    private static final SignedInPerson GLEN = new SignedInPerson("glen.bids", "Euan Ross",
            Set.of(Role.PROVIDER_USER), "PRV-B", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Awards awards;

    @MockitoBean
    private StandstillChallenges challenges;

    @Test
    void aDecisionWithoutAnAnswerOrRationaleIsRefusedNamingBoth() throws Exception {
        mvc.perform(post("/api/tenders/TND-1/award-decision").header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rationale\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("approve must not be null")))
                .andExpect(jsonPath("$.detail").value(containsString("rationale must not be blank")));
        verifyNoInteractions(awards);
    }

    @Test
    void aDecisionWithNoAwardWaitingIsAConflict() throws Exception {
        when(awards.decide(any(), anyBoolean(), any(), eq(MORAG))).thenThrow(
                new Conflict("Tender TND-1 has no award waiting for a decision."));

        mvc.perform(post("/api/tenders/TND-1/award-decision").header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\": false, \"rationale\": \"Moderate the outcomes scores again.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Tender TND-1 has no award waiting for a decision."));
    }

    @Test
    void anAwardNotYetMadeIsNotFound() throws Exception {
        when(awards.award("TND-1", MORAG)).thenThrow(new NotFound("Tender TND-1 has not been awarded yet."));

        mvc.perform(get("/api/tenders/TND-1/award").header("Authorization", SignedTokens.bearer(MORAG)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Tender TND-1 has not been awarded yet."));
    }

    @Test
    void aChallengeWithoutGroundsIsRefused() throws Exception {
        mvc.perform(post("/api/opportunities/TND-1/challenges").header("Authorization", SignedTokens.bearer(GLEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: grounds must not be blank."));
        verifyNoInteractions(challenges);
    }

    @Test
    void aChallengeOutsideStandstillIsAConflict() throws Exception {
        when(challenges.receive("TND-1", "PRV-B", "Too early", GLEN)).thenThrow(new Conflict("A challenge to TND-1 can"
                + " be received only during standstill; the tender is open for responses."));

        mvc.perform(post("/api/opportunities/TND-1/challenges").header("Authorization", SignedTokens.bearer(GLEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\", \"grounds\": \"Too early\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("can be received only during standstill")));
    }

    @Test
    void onlyACommissionerDecidesTheAwardAndOnlyAProviderChallenges() throws Exception {
        String approval = "{\"approve\": true, \"rationale\": \"Highest score.\"}";
        for (String someoneElse : List.of(SignedTokens.bearer(GLEN),
                SignedTokens.bearer("eval.ailsa", "HIGHLAND-HSCP", Role.EVALUATOR),
                SignedTokens.bearer("officer.moira", "HIGHLAND-HSCP", Role.PROCUREMENT_OFFICER))) {
            mvc.perform(post("/api/tenders/TND-1/award-decision").header("Authorization", someoneElse)
                            .contentType(MediaType.APPLICATION_JSON).content(approval))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/tenders/TND-1/award-decision").contentType(MediaType.APPLICATION_JSON)
                        .content(approval))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/opportunities/TND-1/challenges").header("Authorization", SignedTokens.bearer(MORAG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-B\", \"grounds\": \"Too early\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(awards, challenges);
    }

    @Test
    void anotherCouncilsCommissionerIsRefusedTheAwardDecisionWithASentence() throws Exception {
        SignedInPerson fife = new SignedInPerson("fife.commissioner", "fife.commissioner",
                Set.of(Role.COMMISSIONER), "FIFE-HSCP", null);
        when(awards.decide(eq("TND-1"), anyBoolean(), any(), eq(fife))).thenThrow(new Refused("Only staff of"
                + " HIGHLAND-HSCP, the buyer of tender TND-1, may decide its award; you sign in for FIFE-HSCP."));

        mvc.perform(post("/api/tenders/TND-1/award-decision").header("Authorization", SignedTokens.bearer(fife))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\": true, \"rationale\": \"Highest score.\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("may decide its award")));
    }

    @Test
    void aChallengeAsAnotherProviderIsRefusedWithASentence() throws Exception {
        when(challenges.receive("TND-1", "PRV-A", "Unfair", GLEN)).thenThrow(new Refused("Only a user of provider"
                + " PRV-A may challenge the award of TND-1 for it; you sign in for PRV-B."));

        mvc.perform(post("/api/opportunities/TND-1/challenges").header("Authorization", SignedTokens.bearer(GLEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerReference\": \"PRV-A\", \"grounds\": \"Unfair\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Only a user of provider PRV-A")));
    }
}
