package scot.commissioningflow.frameworks.calloff;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkPageAccessRules;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.FrameworkWeights;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.PricedService;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** Calling off in the browser: the form said back in words, a call-off made and shown, and who may make one. */
@WebMvcTest(CallOffPages.class)
@Import({TestSignIn.class, FrameworkPageAccessRules.class, Words.class})
class CallOffPagesTest {

    private static final SignedInPerson COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CallOffs callOffs;

    @MockitoBean
    private FrameworkAgreements frameworks;

    @BeforeEach
    void oneLiveFramework() {
        Framework framework = new Framework("FWK-1", "Care and support", "SCOTLAND-EXCEL", FrameworkStatus.LIVE,
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3), null, new FrameworkWeights(90, 10),
                List.of(new FrameworkLot("FWK-1", 1, "Care at home", "Support Service", "Older People",
                        List.of("Highland"), 4, List.of(new PricedService("Care at home: day hour", PriceUnit.HOUR)))));
        when(frameworks.live()).thenReturn(List.of(framework));
        when(frameworks.find("FWK-1")).thenReturn(Optional.of(framework));
    }

    @Test
    void aCallOffTypedWrongIsShownAgainInWordsAndNothingIsCalledOff() throws Exception {
        mvc.perform(as(get("/call-offs/new").param("framework", "FWK-1"), COMMISSIONER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Care and support, lot 1: Care at home (Highland)")));
        mvc.perform(as(post("/call-offs"), COMMISSIONER).param("frameworkLot", "FWK-1:1")
                        .param("estimatedValueExVat", "a lot").param("endDay", "40").param("endMonth", "1")
                        .param("endYear", "2028"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Estimated value excluding VAT must be a number, such as 13.45"),
                        containsString("End date must be a real date"), containsString("Enter title"),
                        containsString("Enter how to call off"),
                        containsString("Enter who took part in shaping it, and how"))));
        verify(callOffs, never()).request(any(), any());
    }

    @Test
    void aDirectAwardIsMadeAndShown() throws Exception {
        when(callOffs.request(any(), any())).thenReturn(new CallOffs.Requested("CO-1A2B3C4D", 7L));
        LocalDate start = LocalDate.now().plusMonths(2);
        mvc.perform(as(post("/call-offs"), COMMISSIONER).param("frameworkLot", "FWK-1:1")
                        .param("title", "Care at home, Lochaber").param("serviceDescription", "Morning visits")
                        .param("commissioningBody", "Demo HSCP").param("commissionerEmail", "aileen@demo.example")
                        .param("method", "WITHOUT_REOPENING_COMPETITION").param("directBasis", "FRAMEWORK_RANKING")
                        .param("peopleInvolved", "Two people who use the service read the specification")
                        .param("estimatedValueExVat", "120,000").param("estimatedValueIncVat", "120000")
                        .param("startDay", String.valueOf(start.getDayOfMonth()))
                        .param("startMonth", String.valueOf(start.getMonthValue()))
                        .param("startYear", String.valueOf(start.getYear()))
                        .param("endDay", String.valueOf(start.getDayOfMonth()))
                        .param("endMonth", String.valueOf(start.getMonthValue()))
                        .param("endYear", String.valueOf(start.getYear() + 2))
                        .param("outcome", "People stay living at home").param("indicator", "Moves into care homes")
                        .param("monitoringArrangements", "Quarterly reviews"))
                .andExpect(redirectedUrl("/call-offs/CO-1A2B3C4D"));
        verify(callOffs).request(argThat(r -> r.pricedService().equals("Care at home: day hour")
                && r.estimatedValueExVat().compareTo(new BigDecimal("120000")) == 0
                && r.method() == CallOffMethod.WITHOUT_REOPENING_COMPETITION
                && r.commissionerName().equals("Aileen")), any());
    }

    @Test
    void onlyACommissionerCallsOff() throws Exception {
        mvc.perform(as(get("/call-offs/new"), PROVIDER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/call-offs"), PROVIDER).param("title", "Mine")).andExpect(status().isForbidden());
        verify(callOffs, never()).request(any(), any());
        when(callOffs.get(eq("CO-1"), any())).thenThrow(new scot.commissioningflow.platform.web.NotFound(
                "There is no call-off CO-1 that you can see."));
        mvc.perform(as(get("/call-offs/CO-1"), PROVIDER)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no call-off CO-1 that you can see.")));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
