package scot.commissioningflow.commissioning.responses;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** What a provider is told when a response is refused: 400 for what they typed, 404 and 409 as sentences. */
@WebMvcTest(OpportunityController.class)
@Import({TestSignIn.class, CommissioningAccessRules.class})
class OpportunityControllerTest {

    private static final SignedInPerson SPEY = new SignedInPerson("spey.bids", "Iona Grant",
            Set.of(Role.PROVIDER_USER), "PRV-A", null);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @MockitoBean
    private Opportunities opportunities;

    @Test
    void aResponseIsReceiptedAsSealed() throws Exception {
        when(opportunities.respond(eq("TND-1"), any(), eq(SPEY))).thenReturn(new Opportunities.Receipt(7L,
                "TND-1", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-18T12:00:00Z"),
                "Your response is sealed: no one, the commissioner included, can read it before the deadline."));

        mvc.perform(post("/api/opportunities/TND-1/responses").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(response())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responseId").value(7))
                .andExpect(jsonPath("$.message").value(containsString("sealed")));
    }

    @Test
    void aResponseWithoutAPriceOrDeclarationIsRefusedNamingEachField() throws Exception {
        Map<String, Object> response = new HashMap<>(response());
        response.remove("totalPrice");
        response.remove("fairWorkDeclaration");
        response.put("contactEmail", "not an address");

        mvc.perform(post("/api/opportunities/TND-1/responses").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(response)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The request has 3 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("totalPrice must not be null")))
                .andExpect(jsonPath("$.detail").value(containsString("fairWorkDeclaration must not be null")))
                .andExpect(jsonPath("$.detail").value(containsString("contactEmail must be a well-formed email")));
        verifyNoInteractions(opportunities);
    }

    @Test
    void aLateResponseIsAConflictThatSaysWhenTheDeadlinePassed() throws Exception {
        when(opportunities.respond(eq("TND-1"), any(), any())).thenThrow(new Conflict("The response deadline for"
                + " TND-1 passed at 2026-12-18T12:00:00Z; late responses cannot be accepted."));

        mvc.perform(post("/api/opportunities/TND-1/responses").header("Authorization", SignedTokens.bearer(SPEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(response())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The response deadline for TND-1 passed at"
                        + " 2026-12-18T12:00:00Z; late responses cannot be accepted."));
    }

    @Test
    void anUnknownOpportunityIsNotFound() throws Exception {
        when(opportunities.get("TND-NONE")).thenThrow(new NotFound("There is no tender with reference TND-NONE."));

        mvc.perform(get("/api/opportunities/TND-NONE"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no tender with reference TND-NONE."));
    }

    @Test
    void opportunitiesArePublicNoticesReadWithoutSigningIn() throws Exception {
        when(opportunities.open()).thenReturn(List.of());

        mvc.perform(get("/api/opportunities")).andExpect(status().isOk());
    }

    @Test
    void onlyAProviderUserResponds() throws Exception {
        mvc.perform(post("/api/opportunities/TND-1/responses")
                        .header("Authorization", SignedTokens.bearer("morag.fraser", "HIGHLAND-HSCP",
                                Role.COMMISSIONER))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(response())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/opportunities/TND-1/responses").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(response())))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(opportunities);
    }

    @Test
    void aRivalRespondingAsAnotherProviderIsRefusedWithASentence() throws Exception {
        SignedInPerson rival = new SignedInPerson("rival.bids", "rival.bids", Set.of(Role.PROVIDER_USER), "PRV-Z",
                null);
        when(opportunities.respond(eq("TND-1"), any(), eq(rival))).thenThrow(new Refused("Only a user of provider"
                + " PRV-A may respond to TND-1 for it; you sign in for PRV-Z."));

        mvc.perform(post("/api/opportunities/TND-1/responses").header("Authorization", SignedTokens.bearer(rival))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(response())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only a user of provider PRV-A may respond to TND-1 for it;"
                        + " you sign in for PRV-Z."));
    }

    private static Map<String, Object> response() {
        return TenderFixtures.response("PRV-A", "Spey Support", 400_000, 27.5,
                TenderFixtures.fairWorkDeclaration(13.45));
    }
}
