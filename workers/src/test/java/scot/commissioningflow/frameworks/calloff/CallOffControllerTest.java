package scot.commissioningflow.frameworks.calloff;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/** The call-off API's answers to what people type: validation and who may act. */
@WebMvcTest(CallOffController.class)
@Import({TestSignIn.class, CallOffAccessRules.class})
class CallOffControllerTest {

    private static final SignedInPerson COMMISSIONER = new SignedInPerson("cora", "Cora", Set.of(Role.COMMISSIONER),
            "HIGH-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
            "PRV-1", null);

    private static final String CALL_OFF = """
            {"frameworkReference": "FWK-1", "lotNumber": 1, "title": "Supported living", "serviceDescription": "Support",
             "commissioningBody": "Highland HSCP", "commissionerName": "Cora", "commissionerEmail": "cora@c.example",
             "method": "WITH_REOPENING_COMPETITION", "peopleInvolved": "Three tenants met us",
             "estimatedValueExVat": 120000, "estimatedValueIncVat": 120000, "startDate": "%s", "endDate": "%s",
             "outcomes": [{"outcome": "Stay at home", "indicator": "Tenancy held"}],
             "monitoringArrangements": "Quarterly"}""".formatted(LocalDate.now().plusMonths(1),
            LocalDate.now().plusMonths(13));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CallOffs callOffs;

    @Test
    void aCommissionerCallsOffAndIsToldWhereItIs() throws Exception {
        when(callOffs.request(any(), argThat(p -> p.has(Role.COMMISSIONER))))
                .thenReturn(new CallOffs.Requested("CO-1A2B3C4D", 7L));
        mvc.perform(as(post("/api/call-offs"), COMMISSIONER).content(CALL_OFF))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/call-offs/CO-1A2B3C4D"));
    }

    @Test
    void everyProblemWithACallOffIsListedInSentences() throws Exception {
        mvc.perform(as(post("/api/call-offs"), COMMISSIONER).content("""
                        {"frameworkReference": "FWK-1", "lotNumber": 1, "title": "Supported living",
                         "serviceDescription": "Support", "commissioningBody": "Highland HSCP",
                         "commissionerName": "Cora", "commissionerEmail": "cora@c.example", "method": "WHATEVER",
                         "peopleInvolved": "", "estimatedValueExVat": 1e25, "estimatedValueIncVat": 1,
                         "startDate": "9999-01-01", "endDate": "2030-01-01", "responseDays": 90, "outcomes": [],
                         "monitoringArrangements": "Quarterly"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/call-offs"), COMMISSIONER).content(CALL_OFF.replace("\"Three tenants met us\"",
                        "\"\"").replace("120000, \"start", "1e25, \"start")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("peopleInvolved must say which supported people"
                        + " and carers took part")))
                .andExpect(jsonPath("$.detail").value(containsString("estimatedValueIncVat must be at most")));
        verifyNoInteractions(callOffs);
    }

    @Test
    void onlyACommissionerCallsOffAndAwards() throws Exception {
        mvc.perform(as(post("/api/call-offs"), PROVIDER).content(CALL_OFF)).andExpect(status().isForbidden());
        mvc.perform(as(post("/api/call-offs/CO-1/award"), PROVIDER).content("""
                        {"rationale": "Mine", "marks": [{"providerReference": "PRV-1", "qualityScore": 100}]}"""))
                .andExpect(status().isForbidden());
        verifyNoInteractions(callOffs);
    }

    @Test
    void aMarkOutsideNoughtToAHundredIsRefused() throws Exception {
        mvc.perform(as(post("/api/call-offs/CO-1/award"), COMMISSIONER).content("""
                        {"rationale": "Best", "marks": [{"providerReference": "PRV-1", "qualityScore": 101}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("must be a mark from 0 to 100")));
        verifyNoInteractions(callOffs);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
