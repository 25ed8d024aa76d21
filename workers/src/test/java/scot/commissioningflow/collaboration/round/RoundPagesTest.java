package scot.commissioningflow.collaboration.round;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.collaboration.CollaborationAccessRules;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;

/** Opening a round from the page: what is mistyped, and what the round's rules refuse, said in words on the form. */
@WebMvcTest(RoundPages.class)
@Import({TestSignIn.class, CollaborationAccessRules.class, Words.class})
class RoundPagesTest {

    private static final SignedInPerson FUNDER = new SignedInPerson("aileen", "Aileen", Set.of(Role.COMMISSIONER),
            "DEMO-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat", "Pat", Set.of(Role.PROVIDER_USER),
            "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Rounds rounds;

    @Test
    void mistypedFieldsAreSaidInWordsAndNothingIsOpened() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/new"), FUNDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Weight of criterion 3"),
                        not(containsString("nullDay")))));
        mvc.perform(filled(as(post("/collaboration/rounds"), FUNDER), "budget", "a lot", "closesDay", "31",
                        "closesMonth", "2", "criterion-1-weight", "thirty"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The budget must be a number"),
                        containsString("Closing date must be a real date"),
                        containsString("Weight of criterion 2 must be a whole number"))));
        verify(rounds, never()).open(any(), any());
    }

    @Test
    void weightsNotAddingUpTo100AreSaidOnTheFormAndAWholeRoundIsOpened() throws Exception {
        when(rounds.open(argThat(r -> r != null && r.criteria().size() == 2 && r.criteria().get(1).weight() == 30),
                any()))
                .thenThrow(new InvalidInput(List.of(new FieldProblem("criteria", "criteria weights add up to 80;"
                        + " they must add up to 100"), new FieldProblem("closesOn", "closesOn must be after"
                        + " opensOn"))));
        mvc.perform(filled(as(post("/collaboration/rounds"), FUNDER), "criterion-1-weight", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Criteria weights add up to 80; they must add up"
                        + " to 100"), containsString("Closing date must be after opening date"))));

        when(rounds.open(argThat(r -> r != null && r.criteria().get(1).weight() == 50), any())).thenReturn(
                new RoundView(
                "CFR-1", "Working together", "Sharing.", "DEMO-HSCP", "Demo", new BigDecimal("100000"),
                LocalDate.now(), LocalDate.now().plusDays(1), List.of(), new EligibilityRules(true, true, true,
                null), List.of("priya.panel"), 14, 28, FundingRound.Status.ANNOUNCED, 1L, null));
        mvc.perform(filled(as(post("/collaboration/rounds"), FUNDER), "criterion-1-weight", "50"))
                .andExpect(redirectedUrl("/collaboration/rounds/CFR-1"));
        verify(rounds).open(argThat(r -> r.panelMembers().equals(List.of("priya.panel", "panel.two"))
                && r.criteria().equals(List.of(new Criterion("Co-production", 50, "Who led it, in their words, with"
                        + " commas"), new Criterion("Value", 50, "Pounds spent well")))
                && r.budget().compareTo(new BigDecimal("100000")) == 0 && r.eligibility().notForProfit()
                && !r.eligibility().accountsFiled()), any());
    }

    @Test
    void onlyAFunderOpensARound() throws Exception {
        mvc.perform(as(get("/collaboration/rounds/new"), PROVIDER)).andExpect(status().isForbidden());
        mvc.perform(filled(as(post("/collaboration/rounds"), PROVIDER))).andExpect(status().isForbidden());
        verify(rounds, never()).open(any(), any());
    }

    /** A round typed in full but for the second criterion's weight, with what a test types differently. */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String... changed) {
        LocalDate opens = LocalDate.now();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.putAll(Map.of("title", "Working together", "purpose", "Sharing a back office.", "funderName",
                "Demo Partnership", "funderSignatory", "Aileen", "funderEmail", "aileen@demo.example", "budget",
                "100,000", "opensDay", String.valueOf(opens.getDayOfMonth()), "opensMonth",
                String.valueOf(opens.getMonthValue()), "opensYear", String.valueOf(opens.getYear())));
        typed.putAll(Map.of("closesDay", String.valueOf(opens.plusDays(1).getDayOfMonth()), "closesMonth",
                String.valueOf(opens.plusDays(1).getMonthValue()), "closesYear",
                String.valueOf(opens.plusDays(1).getYear()), "criterion-0-name", "Co-production",
                "criterion-0-weight", "50", "criterion-0-guidance", "Who led it, in their words, with commas",
                "criterion-1-name", "Value", "criterion-1-guidance", "Pounds spent well"));
        typed.putAll(Map.of("criterion-2-name", "", "criterion-2-weight", "", "criterion-2-guidance", "",
                "notForProfit", "true", "scottishBase", "true", "panelMembers", "priya.panel\npanel.two",
                "reportReminderDays", "14", "reportGraceDays", "28"));
        for (int i = 0; i + 1 < changed.length; i += 2) {
            typed.put(changed[i], changed[i + 1]);
        }
        typed.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
