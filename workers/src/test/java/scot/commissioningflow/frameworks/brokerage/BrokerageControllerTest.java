package scot.commissioningflow.frameworks.brokerage;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;

/** The brokerage API's answers to what people type: validation, who may act, and offers too late. */
@WebMvcTest(BrokerageController.class)
@Import({TestSignIn.class, BrokerageAccessRules.class})
class BrokerageControllerTest {

    private static final SignedInPerson SOCIAL_WORKER = new SignedInPerson("sandra.broker", "Sandra",
            Set.of(Role.SOCIAL_WORKER), "HIGH-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    private static final String PACKAGE = """
            {"frameworkReference": "FWK-1", "lotNumber": 1, "councilArea": "Highland", "personName": "Seònaid",
             "personUserId": "seonaid", "personEmail": "seonaid@people.example", "weeklyHours": 12.5,
             "supportTimes": "Mornings", "needs": "Getting up", "outcomesInOwnWords": "Get to the shinty",
             "startDate": "%s", "socialWorkerName": "Sandra", "socialWorkerEmail": "sandra@council.example",
             "participants": [{"who": "SUPPORTED_PERSON", "how": "Said what she wants"}]}"""
            .formatted(java.time.LocalDate.now().plusDays(20));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Brokerage brokerage;

    @Test
    void aSocialWorkerPostsAPackageAndIsToldWhereItIs() throws Exception {
        when(brokerage.post(any(), argThat(p -> p.has(Role.SOCIAL_WORKER))))
                .thenReturn(new Brokerage.Posted("CP-1A2B3C4D", 42L, "2026-11-30T17:00Z"));
        mvc.perform(as(post("/api/care-packages"), SOCIAL_WORKER).content(PACKAGE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/care-packages/CP-1A2B3C4D"))
                .andExpect(jsonPath("$.offersCloseAt").value("2026-11-30T17:00Z"));
    }

    @Test
    void everyProblemWithAPackageIsListedInSentences() throws Exception {
        mvc.perform(as(post("/api/care-packages"), SOCIAL_WORKER).content("""
                        {"frameworkReference": "FWK-1", "lotNumber": 0, "councilArea": "Highland",
                         "personName": "Seònaid", "personUserId": "seonaid", "personEmail": "not an address",
                         "weeklyHours": 0, "supportTimes": "Mornings", "needs": "Getting up",
                         "outcomesInOwnWords": "Get to the shinty", "startDate": "1999-01-01",
                         "offerWindowHours": 200, "socialWorkerName": "Sandra",
                         "socialWorkerEmail": "sandra@council.example", "participants": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("participants must say who took part")))
                .andExpect(jsonPath("$.detail").value(containsString("weeklyHours must be at least a quarter")))
                .andExpect(jsonPath("$.detail").value(containsString("offerWindowHours must be at most 80")))
                .andExpect(jsonPath("$.detail").value(containsString("lotNumber must be a lot number from 1")))
                .andExpect(jsonPath("$.detail").value(containsString("personEmail")))
                .andExpect(jsonPath("$.detail").value(containsString("startDate")));
        verifyNoInteractions(brokerage);
    }

    @Test
    void onlyASocialWorkerPostsAndOnlyAProviderOffers() throws Exception {
        mvc.perform(as(post("/api/care-packages"), PROVIDER).content(PACKAGE)).andExpect(status().isForbidden());
        mvc.perform(as(post("/api/care-packages/CP-1/offers"), SOCIAL_WORKER).content("""
                        {"hourlyRate": 24.50, "canStartOn": "%s", "howWeWouldHelp": "Two regular carers"}"""
                        .formatted(java.time.LocalDate.now().plusDays(20))))
                .andExpect(status().isForbidden());
        verifyNoInteractions(brokerage);
    }

    @Test
    void anOfferInFractionsOfAPennyIsRefusedAndALateOneIsToldWhy() throws Exception {
        String start = java.time.LocalDate.now().plusDays(20).toString();
        mvc.perform(as(post("/api/care-packages/CP-1/offers"), PROVIDER).content("""
                        {"hourlyRate": 24.505, "canStartOn": "%s", "howWeWouldHelp": "Two regular carers"}"""
                        .formatted(start)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("hourlyRate must be in pounds and pence")));
        when(brokerage.offer(eq("CP-1"), any(), any())).thenThrow(new Conflict(
                "Offers for CP-1 closed at 2026-11-30T17:00:00Z; this offer was not taken."));
        mvc.perform(as(post("/api/care-packages/CP-1/offers"), PROVIDER).content("""
                        {"hourlyRate": 24.50, "canStartOn": "%s", "howWeWouldHelp": "Two regular carers"}"""
                        .formatted(start)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("this offer was not taken")));
    }

    @Test
    void anAwardSaysWhoTookPartInChoosing() throws Exception {
        mvc.perform(as(post("/api/care-packages/CP-1/award"), SOCIAL_WORKER).content("""
                        {"providerReference": "PRV-1", "participants": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("participants must say who took part in"
                        + " choosing")));
        verifyNoInteractions(brokerage);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
