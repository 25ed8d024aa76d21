package scot.commissioningflow.commissioning.tender;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import scot.commissioningflow.commissioning.CommissioningAccessRules;
import scot.commissioningflow.commissioning.TenderFixtures;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * What a commissioner is told when a tender cannot be recorded or found: 400 and 404 with sentences; and who is
 * refused, signed in with real bearer tokens.
 */
@WebMvcTest(TenderController.class)
@Import({TestSignIn.class, CommissioningAccessRules.class})
class TenderControllerTest {

    private static final SignedInPerson MORAG = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "HIGHLAND-HSCP", null);
    private static final String COMMISSIONER = SignedTokens.bearer(MORAG);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @MockitoBean
    private Tenders tenders;

    @Test
    void aNeedIsRecordedAndItsTenderIsWhereTheLocationSays() throws Exception {
        when(tenders.create(any(), eq(MORAG))).thenReturn(
                TenderViews.careAtHome("TND-0001", TenderStatus.NEED_RECORDED, null));

        mvc.perform(post("/api/tenders").header("Authorization", COMMISSIONER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TenderFixtures.careAtHome("Care at home", 420_000))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/tenders/TND-0001"))
                .andExpect(jsonPath("$.reference").value("TND-0001"))
                .andExpect(jsonPath("$.existingProvider").doesNotExist())
                .andExpect(jsonPath("$.outcomes[0].indicator").value("Share still at home after 12 months"))
                .andExpect(jsonPath("$.commissionerEmail").doesNotExist());
    }

    @Test
    void missingAndOutOfRangeFieldsAreEachNamedInOneAnswer() throws Exception {
        Map<String, Object> tender = TenderFixtures.careAtHome("Care at home", 420_000);
        tender.remove("title");
        tender.put("responsePeriodDays", 5);
        tender.put("outcomes", List.of());

        mvc.perform(post("/api/tenders").header("Authorization", COMMISSIONER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tender)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The request has 3 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("title must not be blank")))
                .andExpect(jsonPath("$.detail").value(containsString("responsePeriodDays must be greater than or"
                        + " equal to 10")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("outcomes")));
        verifyNoInteractions(tenders);
    }

    @Test
    void aRuleTheServiceAppliesIsAnsweredAsASentenceNamingTheField() throws Exception {
        when(tenders.create(any(), any())).thenThrow(new InvalidInput(List.of(new FieldProblem("weights",
                "weights must add up to 100 but quality 60 + price 30 + fair work 20 make 110"))));

        mvc.perform(post("/api/tenders").header("Authorization", COMMISSIONER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TenderFixtures.careAtHome("Care at home", 420_000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has a problem: weights must add up to 100 but"
                        + " quality 60 + price 30 + fair work 20 make 110."))
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
    }

    @Test
    void aServiceTypeThatDoesNotExistIsRefusedAsUnreadableNotAsAServerError() throws Exception {
        Map<String, Object> tender = TenderFixtures.careAtHome("Care at home", 420_000);
        tender.put("serviceType", "CATERING");

        mvc.perform(post("/api/tenders").header("Authorization", COMMISSIONER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tender)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("could not be read as JSON of the expected"
                        + " shape")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
    }

    @Test
    void anUnknownTenderIsNotFound() throws Exception {
        when(tenders.get("TND-NONE", MORAG)).thenThrow(new NotFound("There is no tender with reference TND-NONE."));

        mvc.perform(get("/api/tenders/TND-NONE").header("Authorization", COMMISSIONER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no tender with reference TND-NONE."));
    }

    @Test
    void onlyACommissionerRecordsANeed() throws Exception {
        String provider = SignedTokens.bearer("spey.bids", "PRV-A", Role.PROVIDER_USER);
        String evaluator = SignedTokens.bearer("eval.ailsa", "HIGHLAND-HSCP", Role.EVALUATOR);
        for (String someoneElse : List.of(provider, evaluator)) {
            mvc.perform(post("/api/tenders").header("Authorization", someoneElse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(TenderFixtures.careAtHome("Care at home", 420_000))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(containsString("Your role does not allow this")));
        }
        mvc.perform(post("/api/tenders").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TenderFixtures.careAtHome("Care at home", 420_000))))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(tenders);
    }

    @Test
    void anotherCouncilsCommissionerIsRefusedTheTenderWithASentence() throws Exception {
        SignedInPerson elsewhere = new SignedInPerson("fife.commissioner", "fife.commissioner",
                Set.of(Role.COMMISSIONER), "FIFE-HSCP", null);
        when(tenders.get("TND-0001", elsewhere)).thenThrow(new Refused("Only staff of HIGHLAND-HSCP, the buyer of"
                + " tender TND-0001, may follow it; you sign in for FIFE-HSCP."));

        mvc.perform(get("/api/tenders/TND-0001").header("Authorization", SignedTokens.bearer(elsewhere)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only staff of HIGHLAND-HSCP, the buyer of tender TND-0001,"
                        + " may follow it; you sign in for FIFE-HSCP."));
        verify(tenders).get("TND-0001", elsewhere);
    }
}
