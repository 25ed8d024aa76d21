package scot.commissioningflow.collaboration.round;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.collaboration.CollaborationAccessRules;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;

/** Opening a round: every problem with the request named in one answer, before anything is stored or started. */
@WebMvcTest(RoundController.class)
@Import({TestSignIn.class, CollaborationAccessRules.class})
class RoundControllerTest {

    private static final SignedInPerson FIONA = new SignedInPerson("fiona.funder", "Fiona Funder",
            Set.of(Role.COMMISSIONER), "NATIONAL-FUND", null);
    private static final String FUNDER = SignedTokens.bearer(FIONA);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @MockitoBean
    private Rounds rounds;

    static Map<String, Object> round() {
        Map<String, Object> round = new HashMap<>();
        round.put("title", "Building collaboration fund");
        round.put("purpose", "Providers working together.");
        round.put("funderName", "National Care Programme");
        round.put("funderSignatory", "Fiona Funder");
        round.put("funderEmail", "fiona@funder.example");
        round.put("budget", 500_000);
        round.put("opensOn", LocalDate.now().toString());
        round.put("closesOn", LocalDate.now().plusDays(30).toString());
        round.put("criteria", List.of(Map.of("name", "Co-production", "weight", 100, "guidance", "Who led.")));
        round.put("eligibility", Map.of("notForProfit", true, "scottishBase", true, "accountsFiled", true));
        round.put("panelMembers", List.of("panel.one"));
        round.put("reportReminderDays", 14);
        round.put("reportGraceDays", 28);
        return round;
    }

    @Test
    void missingAndOutOfRangeFieldsAreEachNamedInOneAnswer() throws Exception {
        Map<String, Object> round = round();
        round.remove("title");
        round.put("budget", 0);
        round.put("opensOn", "1999-01-01");
        round.put("panelMembers", List.of());
        mvc.perform(post("/api/collaboration/rounds").header("Authorization", FUNDER)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(round)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The request has 4 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("title must not be blank")))
                .andExpect(jsonPath("$.detail").value(containsString("budget must be more than zero pounds")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("opensOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("panelMembers")));
        verifyNoInteractions(rounds);
    }

    @Test
    void weightsThatDoNotAddUpAreAnsweredAsASentenceNamingTheField() throws Exception {
        when(rounds.open(any(), any())).thenThrow(new InvalidInput(List.of(new FieldProblem("criteria",
                "criteria weights add up to 90; they must add up to 100"))));
        mvc.perform(post("/api/collaboration/rounds").header("Authorization", FUNDER)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(round())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: criteria weights add up to 90;"
                        + " they must add up to 100."))
                .andExpect(jsonPath("$.errors[0].field").value("criteria"));
    }

    @Test
    void aProviderCannotOpenARound() throws Exception {
        String provider = SignedTokens.bearer(new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
                "PRV-1", null));
        mvc.perform(post("/api/collaboration/rounds").header("Authorization", provider)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(round())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(rounds);
    }
}
