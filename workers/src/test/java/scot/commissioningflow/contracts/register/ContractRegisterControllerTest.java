package scot.commissioningflow.contracts.register;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.contracts.ContractsAccessRules;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.NotFound;

@WebMvcTest(controllers = ContractRegisterController.class)
@Import({TestSignIn.class, ContractsAccessRules.class})
class ContractRegisterControllerTest {

    private static final SignedInPerson OFFICER = new SignedInPerson("olive.officer", "Olive Officer",
            Set.of(Role.PROCUREMENT_OFFICER), "MORAY-HSCP", null);

    @TestConfiguration
    static class OnFirstOfApril {
        @Bean
        @Primary
        Clock firstOfApril() {
            return Clock.fixed(java.time.Instant.parse("2026-04-01T09:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RegisterOfContracts register;

    @Test
    void theRegisterShowsContractsLiveTodayUnlessAnotherDayIsAsked() throws Exception {
        when(register.liveOn(eq(LocalDate.of(2026, 4, 1)), any())).thenReturn(List.of());

        mvc.perform(as(get("/api/contract-register"))).andExpect(status().isOk());
        verify(register).liveOn(eq(LocalDate.of(2026, 4, 1)), argThat(p -> p.username().equals("olive.officer")
                && "MORAY-HSCP".equals(p.organisation())));
        mvc.perform(as(get("/api/contract-register").param("liveOn", "2027-01-31"))).andExpect(status().isOk());
        verify(register).liveOn(eq(LocalDate.of(2027, 1, 31)), any());
    }

    @Test
    void aDayThatIsNotADateIsABadRequestAndAnUnknownContractIsNotFound() throws Exception {
        when(register.get(eq("C-404"), any())).thenThrow(new NotFound("There is no contract C-404 in the register."));

        mvc.perform(as(get("/api/contract-register").param("liveOn", "31/01/2027"))).andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/contract-register/C-404"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no contract C-404 in the register."));
    }

    @Test
    void theRegisterIsNotForThePublicNorForASupportedPersonAndAContractNotTheirsIsRefusedInASentence()
            throws Exception {
        mvc.perform(get("/api/contract-register")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/contract-register").header("Authorization",
                SignedTokens.bearer("morag.grant", null, Role.SUPPORTED_PERSON))).andExpect(status().isForbidden());
        verifyNoInteractions(register);

        when(register.get(eq("C-1"), any())).thenThrow(new Refused("Only the contract's provider, the buying "
                + "council's staff and programme analysts can see contract C-1."));
        mvc.perform(as(get("/api/contract-register/C-1"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only the contract's provider, the buying council's staff and "
                        + "programme analysts can see contract C-1."));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", SignedTokens.bearer(OFFICER));
    }
}
