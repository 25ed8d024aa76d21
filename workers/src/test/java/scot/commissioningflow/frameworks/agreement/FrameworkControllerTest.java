package scot.commissioningflow.frameworks.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.frameworks.FrameworkAccessRulesConfig;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;

/** The framework API's answers to what people type: validation and who may set up or reopen a framework. */
@WebMvcTest(FrameworkController.class)
@Import({TestSignIn.class, FrameworkAccessRulesConfig.class})
class FrameworkControllerTest {

    private static final SignedInPerson LEAD = new SignedInPerson("lena", "Lena", Set.of(Role.PROCUREMENT_LEAD),
            "SCOTLAND-EXCEL", null);
    private static final SignedInPerson OFFICER = new SignedInPerson("owen", "Owen",
            Set.of(Role.PROCUREMENT_OFFICER), "SCOTLAND-EXCEL", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("cora", "Cora", Set.of(Role.COMMISSIONER),
            "HIGH-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FrameworkAgreements agreements;

    @Test
    void everyProblemWithASetUpIsListedInSentences() throws Exception {
        mvc.perform(as(post("/api/frameworks"), LEAD).content("""
                        {"title": "Care and support", "buyerName": "Scotland Excel", "contactEmail": "not an email",
                         "startsOn": "2027-04-01", "endsOn": "2031-03-31", "qualityPercent": 0,
                         "pricePercent": 100, "reopenEveryMonths": 60, "applicationWindowDays": 30,
                         "lots": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("qualityPercent must be between 1 and 100")))
                .andExpect(jsonPath("$.detail").value(containsString("pricePercent must be between 0 and 99")))
                .andExpect(jsonPath("$.detail").value(containsString("reopenEveryMonths must be between 1 and 48")))
                .andExpect(jsonPath("$.detail").value(containsString("lots must set up between 1 and 50 lots")));
        verifyNoInteractions(agreements);
    }

    @Test
    void onlyAProcurementLeadSetsUpAFramework() throws Exception {
        for (SignedInPerson person : new SignedInPerson[] {OFFICER, COMMISSIONER}) {
            mvc.perform(as(post("/api/frameworks"), person).content("{}")).andExpect(status().isForbidden());
        }
        verifyNoInteractions(agreements);
    }

    @Test
    void procurementStaffReopenWithAReasonAndACommissionerMayNot() throws Exception {
        mvc.perform(as(post("/api/frameworks/FWK-1/reopening"), COMMISSIONER).content("""
                        {"reason": "New providers in Moray"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/frameworks/FWK-1/reopening"), OFFICER).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("reason")));
        verifyNoInteractions(agreements);
        mvc.perform(as(post("/api/frameworks/FWK-1/reopening"), OFFICER).content("""
                        {"reason": "New providers in Moray"}"""))
                .andExpect(status().isAccepted());
        verify(agreements).reopen(eq("FWK-1"), eq("New providers in Moray"), any());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
