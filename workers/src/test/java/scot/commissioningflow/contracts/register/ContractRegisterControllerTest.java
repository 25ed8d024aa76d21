package scot.commissioningflow.contracts.register;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.platform.web.NotFound;

@WebMvcTest(controllers = ContractRegisterController.class)
class ContractRegisterControllerTest {

    @TestConfiguration
    static class OnFirstOfApril {
        @Bean
        Clock clock() {
            return Clock.fixed(java.time.Instant.parse("2026-04-01T09:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ContractRegister register;

    @Test
    void theRegisterShowsContractsLiveTodayUnlessAnotherDayIsAsked() throws Exception {
        when(register.liveOn(LocalDate.of(2026, 4, 1))).thenReturn(List.of());

        mvc.perform(get("/api/contract-register")).andExpect(status().isOk());
        verify(register).liveOn(LocalDate.of(2026, 4, 1));
        mvc.perform(get("/api/contract-register").param("liveOn", "2027-01-31")).andExpect(status().isOk());
        verify(register).liveOn(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aDayThatIsNotADateIsABadRequestAndAnUnknownContractIsNotFound() throws Exception {
        when(register.get("C-404")).thenThrow(new NotFound("There is no contract C-404 in the register."));

        mvc.perform(get("/api/contract-register").param("liveOn", "31/01/2027")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/contract-register/C-404")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no contract C-404 in the register."));
    }
}
