package scot.commissioningflow.contracts.register;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.contracts.ContractsAccessRules;
import scot.commissioningflow.contracts.RecordedVariation;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** The contract register's pages: live contracts on today's date, one with its variations, for council staff. */
@WebMvcTest(RegisterPages.class)
@Import({TestSignIn.class, ContractsAccessRules.class, Words.class})
class RegisterPagesTest {

    private static final SignedInPerson COMMISSIONER = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "MORAY-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat Provider",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final ContractEntry CONTRACT = new ContractEntry("CON-TND-0001", ContractKind.OUTCOMES_BASED,
            "Care at home, Speyside", "PRV-1", "Spey Support", "Moray HSCP", LocalDate.of(2026, 1, 1),
            LocalDate.of(2028, 12, 31), new BigDecimal("140000.00"), new BigDecimal("27.50"),
            List.of(new ContractedOutcome("People stay at home", "Share at home after a year")), "CON-TND-0001");

    @TestConfiguration
    static class OnFirstOfApril {
        @Bean
        @Primary
        Clock firstOfApril() {
            return Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RegisterOfContracts register;

    @Test
    void aCommissionerSeesTheContractsLiveToday() throws Exception {
        when(register.liveOn(eq(LocalDate.of(2026, 4, 1)), any())).thenReturn(List.of(CONTRACT));

        mvc.perform(as(get("/contract-register"), COMMISSIONER))
                .andExpect(status().isOk())
                .andExpect(view().name("contracts/register"))
                .andExpect(content().string(containsString("Contracts live on 1 April 2026.")))
                .andExpect(content().string(containsString("Care at home, Speyside")))
                .andExpect(content().string(containsString("£140,000.00")));
    }

    @Test
    void aContractShowsItsOutcomesAndVariations() throws Exception {
        when(register.get(eq("CON-TND-0001"), any())).thenReturn(new RegisteredContractView(CONTRACT,
                List.of(new RecordedVariation("VAR-1", LocalDate.of(2026, 3, 1), "Pay floor uplift",
                        new BigDecimal("130000.00"), new BigDecimal("26.00"))), Instant.parse("2025-12-20T10:00:00Z")));

        mvc.perform(as(get("/contract-register/CON-TND-0001"), COMMISSIONER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People stay at home")))
                .andExpect(content().string(containsString("Pay floor uplift")))
                .andExpect(content().string(containsString("Value a year before: £130,000.00")));
    }

    @Test
    void theRegisterPagesAreForCouncilStaff() throws Exception {
        mvc.perform(as(get("/contract-register"), PROVIDER)).andExpect(status().isForbidden());
        mvc.perform(as(get("/contract-register/CON-TND-0001"), PROVIDER)).andExpect(status().isForbidden());
        verify(register, never()).get(anyString(), any());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
