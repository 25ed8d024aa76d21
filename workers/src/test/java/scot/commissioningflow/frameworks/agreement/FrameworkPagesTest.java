package scot.commissioningflow.frameworks.agreement;

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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkPageAccessRules;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.FrameworkWeights;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;

/** The frameworks list and the set-up form: who sees what, and a framework typed wrong said back in words. */
@WebMvcTest(FrameworkPages.class)
@Import({TestSignIn.class, FrameworkPageAccessRules.class, Words.class})
class FrameworkPagesTest {

    private static final SignedInPerson LEAD = new SignedInPerson("morag.procurement", "Morag",
            Set.of(Role.PROCUREMENT_LEAD), "SCOTLAND-EXCEL", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FrameworkAgreements agreements;

    @Test
    void aLeadMaySetUpAFrameworkAndACommissionerCallsOffFromOne() throws Exception {
        when(agreements.list()).thenReturn(List.of(new Framework("FWK-1", "Care and support 2026", "SCOTLAND-EXCEL",
                FrameworkStatus.LIVE, LocalDate.of(2026, 4, 1), LocalDate.of(2030, 3, 31), null,
                new FrameworkWeights(90, 10), List.of())));
        mvc.perform(as(get("/frameworks"), LEAD)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Care and support 2026"),
                        containsString("Set up a framework"), not(containsString("Call off from a framework")))));
        mvc.perform(as(get("/frameworks"), COMMISSIONER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Call off from a framework"),
                        not(containsString("Set up a framework")))));
    }

    @Test
    void aFrameworkTypedWrongIsShownAgainInWordsAndNothingIsSetUp() throws Exception {
        mvc.perform(as(post("/frameworks"), LEAD).param("title", "Care and support").param("startsDay", "31")
                        .param("startsMonth", "2").param("startsYear", "2027").param("qualityPercent", "ninety")
                        .param("pricePercent", "10").param("reopenEveryMonths", "12")
                        .param("applicationWindowDays", "30").param("minimumGrade", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Start date must be a real date, such as 27 3 2027"),
                        containsString("Weight of quality must be a whole number, such as 12"),
                        containsString("Enter lot title"),
                        containsString("Council areas must name between 1 and 32 council areas"),
                        containsString("value=\"ninety\""))));
        verify(agreements, never()).setUp(any(), any());
    }

    @Test
    void whatTheServiceRefusesIsSaidInTheFormsWordsAndASetUpFrameworkIsShown() throws Exception {
        when(agreements.setUp(argThat(s -> s != null && s.qualityPercent() == 95), any())).thenThrow(
                new InvalidInput("pricePercent", "qualityPercent and pricePercent must add up to 100, not 105"));
        when(agreements.setUp(argThat(s -> s != null && s.qualityPercent() == 90), any())).thenReturn(
                new Framework("FWK-2", "Care and support", "SCOTLAND-EXCEL", FrameworkStatus.OPEN_FOR_RESPONSES,
                        LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31), null, new FrameworkWeights(90, 10),
                        List.of()));
        mvc.perform(complete("95")).andExpect(status().isOk()).andExpect(content().string(containsString(
                "Weight of quality and weight of price must add up to 100, not 105")));
        mvc.perform(complete("90")).andExpect(redirectedUrl("/frameworks/FWK-2"));
        verify(agreements).setUp(argThat(s -> s.qualityPercent() == 90 && s.lots().getFirst().councilAreas()
                .equals(List.of("Highland", "Moray"))), any());
    }

    @Test
    void onlyAProcurementLeadSetsUpAFramework() throws Exception {
        mvc.perform(as(get("/frameworks/new"), COMMISSIONER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/frameworks"), COMMISSIONER).param("title", "Mine")).andExpect(status().isForbidden());
        verify(agreements, never()).setUp(any(), any());
    }

    private MockHttpServletRequestBuilder complete(String quality) {
        return as(post("/frameworks"), LEAD).param("title", "Care and support").param("buyerName", "Scotland Excel")
                .param("contactEmail", "frameworks@scotland-excel.example").param("startsDay", "1")
                .param("startsMonth", "4").param("startsYear", "2027").param("endsDay", "31")
                .param("endsMonth", "3").param("endsYear", "2031").param("qualityPercent", quality)
                .param("pricePercent", "10").param("reopenEveryMonths", "12").param("applicationWindowDays", "30")
                .param("lotTitle", "Care at home").param("careService", "Support Service")
                .param("clientGroup", "Older People").param("councilAreas", "Highland, Moray")
                .param("minimumGrade", "4").param("pricedService", "Care at home: day hour")
                .param("pricedServiceUnit", "HOUR");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
