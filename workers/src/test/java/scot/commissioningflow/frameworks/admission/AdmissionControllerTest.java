package scot.commissioningflow.frameworks.admission;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;

/** The admission API's answers: who may suspend, remove or uplift, and a reason always given. */
@WebMvcTest(AdmissionController.class)
@Import({TestSignIn.class, FrameworkAccessRulesConfig.class})
class AdmissionControllerTest {

    private static final SignedInPerson LEAD = new SignedInPerson("lena", "Lena", Set.of(Role.PROCUREMENT_LEAD),
            "SCOTLAND-EXCEL", null);
    private static final SignedInPerson OFFICER = new SignedInPerson("owen", "Owen",
            Set.of(Role.PROCUREMENT_OFFICER), "SCOTLAND-EXCEL", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
            "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Admissions admissions;

    @MockitoBean
    private PriceUplifts uplifts;

    @MockitoBean
    private PriceAccess priceAccess;

    @Test
    void aSuspensionNeedsAReasonOfSensibleLength() throws Exception {
        mvc.perform(as(post("/api/frameworks/FWK-1/members/PRV-1/suspension"), OFFICER)
                        .content("{\"reason\": \"" + "x".repeat(100_001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("reason must be at most 100,000 characters")));
        verifyNoInteractions(admissions);
        mvc.perform(as(post("/api/frameworks/FWK-1/members/PRV-1/suspension"), OFFICER)
                        .content("{\"reason\": \"Care Inspectorate enforcement notice\"}"))
                .andExpect(status().isOk());
        verify(admissions).changeStatus(eq("FWK-1"), eq("PRV-1"), eq(MemberStatus.SUSPENDED),
                eq("Care Inspectorate enforcement notice"), any());
    }

    @Test
    void onlyALeadRemovesAMemberAndAProviderManagesNone() throws Exception {
        String reason = "{\"reason\": \"Registration cancelled\"}";
        mvc.perform(as(post("/api/frameworks/FWK-1/members/PRV-1/removal"), OFFICER).content(reason))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/frameworks/FWK-1/members/PRV-1/suspension"), PROVIDER).content(reason))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/frameworks/FWK-1/uplifts"), OFFICER).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(admissions, uplifts);
        mvc.perform(as(post("/api/frameworks/FWK-1/members/PRV-1/removal"), LEAD).content(reason))
                .andExpect(status().isOk());
        verify(admissions).changeStatus(eq("FWK-1"), eq("PRV-1"), eq(MemberStatus.REMOVED),
                eq("Registration cancelled"), any());
    }

    @Test
    void anApplicationIsAProviderUsersAndTheListIsNotACommissioners() throws Exception {
        SignedInPerson commissioner = new SignedInPerson("cora", "Cora", Set.of(Role.COMMISSIONER), "HIGH-HSCP",
                null);
        mvc.perform(as(post("/api/frameworks/FWK-1/applications"), LEAD).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/frameworks/FWK-1/applications"), commissioner)).andExpect(status().isForbidden());
        verifyNoInteractions(admissions);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
