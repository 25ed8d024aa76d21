package scot.commissioningflow.providers.registration;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderRegistration;
import scot.commissioningflow.providers.ProviderStatus;

/** The provider endpoints' answers to what people send: validation and refusals as sentences. */
@WebMvcTest(controllers = ProviderController.class)
@Import({TestSignIn.class, ProviderAccessRules.class})
class ProviderControllerTest {

    private static final SignedInPerson OFFICER = new SignedInPerson("officer.moira", "officer.moira",
            Set.of(Role.PROCUREMENT_OFFICER), "DEMO-HSCP", null);
    private static final String AS_OFFICER = SignedTokens.bearer(OFFICER);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ProviderRegister register;

    @Test
    void aRegistrationIsAcceptedAndPointsToWhereTheProviderWillBe() throws Exception {
        var registration = new ProviderRegistration("Speyside Supported Living", OrganisationType.THIRD_SECTOR, true,
                "CS2003001025", "hello@speyside.example");
        when(register.register(registration, OFFICER))
                .thenReturn(new ProviderRegister.RegistrationStarted("PRV-1", 42L));

        mvc.perform(post("/api/providers").header("Authorization", AS_OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "Speyside Supported Living", "organisationType": "THIRD_SECTOR", "sme": true,
                 "careInspectorateNumber": "CS2003001025", "contactEmail": "hello@speyside.example"}"""))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/providers/PRV-1"))
                .andExpect(jsonPath("$.reference").value("PRV-1"))
                .andExpect(jsonPath("$.processInstanceKey").value(42));
        verify(register).register(registration, OFFICER);
    }

    @Test
    void aMalformedRegistrationIsRefusedNamingEachField() throws Exception {
        mvc.perform(post("/api/providers").header("Authorization", AS_OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "", "organisationType": "PRIVATE", "careInspectorateNumber": "12345",
                 "contactEmail": "not-an-email"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name must not be blank")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "careInspectorateNumber must be a Care Inspectorate service number such as CS2003001025")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "contactEmail must be a well-formed email address")))
                .andExpect(jsonPath("$.errors.length()").value(3));
        verifyNoInteractions(register);
    }

    @Test
    void anOrganisationTypeTheProductDoesNotKnowIsRefusedInASentence() throws Exception {
        mvc.perform(post("/api/providers").header("Authorization", AS_OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "A", "organisationType": "CHARITY", "careInspectorateNumber": "CS2003001025",
                 "contactEmail": "a@example.org"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("could not be read as JSON")));
        verifyNoInteractions(register);
    }

    @Test
    void anUnknownProviderIsNotFoundInASentence() throws Exception {
        when(register.getFor(OFFICER, "PRV-404"))
                .thenThrow(new NotFound("There is no provider with reference PRV-404."));

        mvc.perform(get("/api/providers/PRV-404").header("Authorization", AS_OFFICER)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no provider with reference PRV-404."));
    }

    @Test
    void theRegisterIsListedByStatusAndAnUnknownStatusIsABadRequest() throws Exception {
        when(register.listFor(OFFICER, ProviderStatus.ADMITTED)).thenReturn(List.of());

        mvc.perform(get("/api/providers").param("status", "ADMITTED").header("Authorization", AS_OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/providers").param("status", "FAMOUS").header("Authorization", AS_OFFICER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCommissionerDoesNotRegisterProvidersAndNobodyReadsTheRegisterWithoutSigningIn() throws Exception {
        mvc.perform(post("/api/providers").header("Authorization", SignedTokens.bearer("aileen", "DEMO-HSCP",
                        Role.COMMISSIONER)).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "A", "organisationType": "PRIVATE", "careInspectorateNumber": "CS2003001025",
                 "contactEmail": "a@example.org"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/providers")).andExpect(status().isUnauthorized());
        verifyNoInteractions(register);
    }
}
