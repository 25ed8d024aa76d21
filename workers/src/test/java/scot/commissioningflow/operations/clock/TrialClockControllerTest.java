package scot.commissioningflow.operations.clock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.engine.EngineClock;

/** Moving a trial's time through the API: whole days within bounds, administrators only, never against a cluster. */
@WebMvcTest(controllers = TrialClockController.class)
@Import({TestSignIn.class, TrialClockAccessRules.class, TrialClock.class})
class TrialClockControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private EngineClock engineClock;

    @MockitoBean
    private AuditTrail audit;

    @Test
    void anAdministratorMovesTimeForwardByWholeDaysOnTheRecord() throws Exception {
        when(engineClock.movable()).thenReturn(true);
        when(engineClock.moveForward(Duration.ofDays(12))).thenReturn(NOW.plus(Duration.ofDays(12)));
        when(engineClock.now()).thenReturn(NOW.plus(Duration.ofDays(12)));
        when(engineClock.movedBy()).thenReturn(Duration.ofDays(12));

        mvc.perform(as(Role.ADMINISTRATOR, move("{\"days\": 12}"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.daysMoved").value(12)).andExpect(jsonPath("$.movable").value(true));

        verify(engineClock).moveForward(Duration.ofDays(12));
        verify(audit).record(any(), any());
    }

    @Test
    void daysOutsideOneToSixtyAreRefusedNamingTheField() throws Exception {
        for (String body : new String[] {"{\"days\": 0}", "{\"days\": 61}", "{}"}) {
            mvc.perform(as(Role.ADMINISTRATOR, move(body))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("days"))
                    .andExpect(jsonPath("$.errors[0].message").value("days must be a whole number from 1 to 60"));
        }
        verifyNoInteractions(audit);
    }

    @Test
    void againstAClusterTheMoveIsRefusedSayingWhy() throws Exception {
        when(engineClock.movable()).thenReturn(false);

        mvc.perform(as(Role.ADMINISTRATOR, move("{\"days\": 12}"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Camunda cluster")));
        verify(engineClock, never()).moveForward(any());
        verifyNoInteractions(audit);
    }

    @Test
    void onlyAnAdministratorMovesTime() throws Exception {
        mvc.perform(as(Role.COMMISSIONER, move("{\"days\": 12}"))).andExpect(status().isForbidden());
        verifyNoInteractions(engineClock);
    }

    private static MockHttpServletRequestBuilder move(String body) {
        return post("/api/trial/clock").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", SignedTokens.bearer("kirsty.admin", "DEMO-HSCP", role));
    }
}
