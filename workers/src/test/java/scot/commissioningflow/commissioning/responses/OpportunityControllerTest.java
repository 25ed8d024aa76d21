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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** What a provider is told when a response is refused: 400 for what they typed, 404 and 409 as sentences. */
@WebMvcTest(OpportunityController.class)
class OpportunityControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @MockitoBean
    private Opportunities opportunities;

    @Test
    void aResponseIsReceiptedAsSealed() throws Exception {
        when(opportunities.respond(eq("TND-1"), any(), eq("spey.bids"))).thenReturn(new Opportunities.Receipt(7L,
                "TND-1", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-18T12:00:00Z"),
                "Your response is sealed: no one, the commissioner included, can read it before the deadline."));

        mvc.perform(post("/api/opportunities/TND-1/responses").header("X-User", "spey.bids")
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

        mvc.perform(post("/api/opportunities/TND-1/responses").contentType(MediaType.APPLICATION_JSON)
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

        mvc.perform(post("/api/opportunities/TND-1/responses").contentType(MediaType.APPLICATION_JSON)
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

    private static Map<String, Object> response() {
        return TenderFixtures.response("PRV-A", "Spey Support", 400_000, 27.5,
                TenderFixtures.fairWorkDeclaration(13.45));
    }
}
