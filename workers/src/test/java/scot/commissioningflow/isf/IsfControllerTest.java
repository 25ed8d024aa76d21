package scot.commissioningflow.isf;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.math.BigDecimal;
import java.time.Instant;
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
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.isf.change.Changes;
import scot.commissioningflow.isf.choice.Choices;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.ledger.NewSpendStatement;
import scot.commissioningflow.isf.ledger.StatementView;
import scot.commissioningflow.isf.review.NeedsChangeReport;
import scot.commissioningflow.isf.review.Reviews;
import scot.commissioningflow.platform.web.Conflict;

/** The ISF API's answers to what people type: validation, who may act, and funds that are not there. */
@WebMvcTest(IsfController.class)
@Import({TestSignIn.class, IsfAccessRules.class})
class IsfControllerTest {

    private static final SignedInPerson SOCIAL_WORKER = new SignedInPerson("sam.social", "Sam Social",
            Set.of(Role.SOCIAL_WORKER), "MORAY", null);
    private static final SignedInPerson PERSON = new SignedInPerson("morag.grant", "Morag Grant",
            Set.of(Role.SUPPORTED_PERSON), null, null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat Provider",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    private static final String NEW_ISF = """
            {"personName": "Morag Grant", "personUserId": "morag.grant", "personEmail": "morag@example.org",
             "councilName": "Moray Council", "socialWorkerName": "Sam Social",
             "socialWorkerEmail": "sam.social@moray.example", "outcomes": ["Stay living in my own flat"],
             "indicativeAnnualBudget": 12000, "weeklyHours": 10}""";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Funds funds;

    @MockitoBean
    private IsfOverview overview;

    @MockitoBean
    private Choices choices;

    @MockitoBean
    private Ledger ledger;

    @MockitoBean
    private Reviews reviews;

    @MockitoBean
    private Changes changes;

    @Test
    void aSocialWorkerOpensAnIsfAndIsToldWhereItIs() throws Exception {
        when(funds.open(any(), argThat(p -> p.username().equals("sam.social") && p.has(Role.SOCIAL_WORKER)
                && "MORAY".equals(p.organisation())))).thenReturn(new Funds.Opened("ISF-1A2B3C4D", 42L));
        mvc.perform(as(post("/api/isfs"), SOCIAL_WORKER).content(NEW_ISF))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/isfs/ISF-1A2B3C4D"))
                .andExpect(jsonPath("$.reference").value("ISF-1A2B3C4D"))
                .andExpect(jsonPath("$.processInstanceKey").value(42));
    }

    @Test
    void everyProblemWithANewIsfIsListedInSentences() throws Exception {
        mvc.perform(as(post("/api/isfs"), SOCIAL_WORKER).content("""
                        {"personName": "", "personUserId": "morag.grant", "personEmail": "not an address",
                         "councilName": "Moray Council", "socialWorkerName": "Sam Social",
                         "socialWorkerEmail": "sam.social@moray.example", "outcomes": [],
                         "indicativeAnnualBudget": 0, "weeklyHours": -1, "reviewIntervalMonths": 40}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(containsString("The request has 6 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("outcomes must list at least one personal outcome")))
                .andExpect(jsonPath("$.detail").value(containsString("indicativeAnnualBudget must be more than zero")))
                .andExpect(jsonPath("$.detail").value(containsString("weeklyHours must not be negative")))
                .andExpect(jsonPath("$.detail").value(containsString("reviewIntervalMonths must be at most 36")));
        verifyNoInteractions(funds);
    }

    @Test
    void aRequestFromSomeoneNotSignedInIsAskedToSignIn() throws Exception {
        mvc.perform(get("/api/isfs/ISF-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Sign in to use this")));
        mvc.perform(get("/api/isfs/ISF-1").header("X-User", "sam.social").header("X-Role", "SOCIAL_WORKER"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(overview);
    }

    @Test
    void aPersonWhoseRoleMayNotActIsRefusedBeforeAnythingIsDone() throws Exception {
        mvc.perform(as(post("/api/isfs"), PERSON).content(NEW_ISF))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"));
        mvc.perform(as(post("/api/isfs/ISF-1/review-decision"), PROVIDER).content("""
                        {"changeBudget": false, "notes": "Fine."}"""))
                .andExpect(status().isForbidden());
        verifyNoInteractions(funds, reviews);
    }

    @Test
    void anEngineThatDoesNotAnswerInTimeIsSaidInWordsAndTheRequestMaySimplyBeSentAgain() throws Exception {
        when(funds.open(any(), any())).thenThrow(new ClientStatusException(Status.DEADLINE_EXCEEDED, null));
        mvc.perform(as(post("/api/isfs"), SOCIAL_WORKER).content(NEW_ISF))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value("The process engine did not answer in time, so this was not "
                        + "done and nothing you sent was kept. Please try again in a minute."));
        doThrow(new ClientStatusException(Status.INVALID_ARGUMENT, null)).when(funds).open(any(), any());
        mvc.perform(as(post("/api/isfs"), SOCIAL_WORKER).content(NEW_ISF))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(containsString("The process engine refused this")));
    }

    @Test
    void aCallerWhoMayNotActIsToldWhoMay() throws Exception {
        when(funds.open(any(), any())).thenThrow(new Refused(
                "Only a council's social worker can open an individual service fund after an assessment."));
        mvc.perform(as(post("/api/isfs"), SOCIAL_WORKER).content(NEW_ISF))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"))
                .andExpect(jsonPath("$.detail").value(
                        "Only a council's social worker can open an individual service fund after an assessment."));
    }

    @Test
    void anUnknownIsfIsNotFoundInTheSameWordsAsOneTheCallerMayNotSee() throws Exception {
        when(overview.get(eq("ISF-NOPE"), any())).thenThrow(Funds.notFound("ISF-NOPE"));
        mvc.perform(as(get("/api/isfs/ISF-NOPE"), PERSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no individual service fund ISF-NOPE that you can see."));
    }

    @Test
    void aProviderAnswerWithAnAnswerOutsideTheChoicesIsUnreadableNotAFailure() throws Exception {
        mvc.perform(as(post("/api/isfs/ISF-1/provider-answer"), PROVIDER).content("""
                        {"accepted": true, "notes": "Yes.", "supportWorkerHourlyPay": 13.45,
                         "zeroHoursContracts": "SOMETIMES", "workerVoice": "NONE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("could not be read")));
        verifyNoInteractions(choices);
    }

    @Test
    void aChoiceMustSayInThePersonsOwnWordsWhy() throws Exception {
        mvc.perform(as(post("/api/isfs/ISF-1/choice"), PERSON).content("""
                        {"providerReference": "PRV-1", "inOwnWords": " ", "helpedBy": "NOBODY"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "The request has a problem: inOwnWords must say, in the person's own words, why they chose "
                                + "this provider."));
    }

    @Test
    void aStatementIsCreatedOnceAndARepeatIsAnsweredWithTheOneCounted() throws Exception {
        StatementView stored = new StatementView("KCP-0042", "PRV-1", LocalDate.parse("2026-01-01"),
                new BigDecimal("950"), new BigDecimal("40"), null, "pat.provider", Instant.EPOCH, false);
        StatementView repeat = new StatementView("KCP-0042", "PRV-1", LocalDate.parse("2026-01-01"),
                new BigDecimal("950"), new BigDecimal("40"), null, "pat.provider", Instant.EPOCH, true);
        when(ledger.recordStatement(eq("ISF-1"), any(NewSpendStatement.class), any())).thenReturn(stored, repeat);
        String statement = """
                {"statementId": "KCP-0042", "periodStart": "2026-01-01", "amountSpent": 950, "hoursDelivered": 40}""";
        mvc.perform(as(post("/api/isfs/ISF-1/statements"), PROVIDER).content(statement))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.duplicate").value(false));
        mvc.perform(as(post("/api/isfs/ISF-1/statements"), PROVIDER).content(statement))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
        mvc.perform(as(post("/api/isfs/ISF-1/statements"), PROVIDER).content("""
                        {"statementId": "KCP-0043", "periodStart": "2026-01-01", "amountSpent": -5,
                         "hoursDelivered": 40}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: amountSpent must not be negative."));
    }

    @Test
    void aChangeInNeedsSaysWhetherItOpenedAReview() throws Exception {
        when(reviews.reportNeedsChange(eq("ISF-1"), eq(new NeedsChangeReport("Had a fall.")), any()))
                .thenReturn(true);
        mvc.perform(as(post("/api/isfs/ISF-1/needs-changes"), PROVIDER)
                        .content("{\"description\": \"Had a fall.\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.reviewAskedFor").value(true));
    }

    @Test
    void endingAFundNotInPlaceIsAConflictThatSaysWhy() throws Exception {
        org.mockito.Mockito.doThrow(new Conflict("Individual service fund ISF-1 is under review; it must be in "
                + "place to end the fund.")).when(changes).end(eq("ISF-1"), any(), any());
        mvc.perform(as(post("/api/isfs/ISF-1/ending"), PERSON).content("""
                        {"how": "MOVED_TO_ANOTHER_COUNCIL", "movingTo": "Highland Council", "reason": "Moving."}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("it must be in place to end the fund")));
        mvc.perform(as(post("/api/isfs/ISF-1/ending"), PERSON).content("""
                        {"how": "MOVED_TO_ANOTHER_COUNCIL", "movingTo": "", "reason": "Moving."}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "movingTo must name the new SDS option or the council the person is moving to")));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).contentType(MediaType.APPLICATION_JSON);
    }
}
