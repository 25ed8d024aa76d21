package scot.commissioningflow.frameworks.brokerage;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
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
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.FrameworkWeights;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.PricedService;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;

/** The care package pages: what each role sees, forms said back in words, and who may do what. */
@WebMvcTest(BrokeragePages.class)
@Import({TestSignIn.class, BrokerageAccessRules.class, Words.class})
class BrokeragePagesTest {

    private static final SignedInPerson SOCIAL_WORKER = new SignedInPerson("sandra.broker", "Sandra Broker",
            Set.of(Role.SOCIAL_WORKER), "HIGH-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final FrameworkLot LOT = new FrameworkLot("FWK-1", 1, "Care at home", "Support Service",
            "Older People", List.of("Highland"), 4, List.of(new PricedService("Care at home: day hour",
                    PriceUnit.HOUR)));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Brokerage brokerage;

    @MockitoBean
    private FrameworkAgreements frameworks;

    @Test
    void aSocialWorkerSeesTheCouncilsPackagesAndWhereToPostOne() throws Exception {
        when(brokerage.visibleTo(argThat(p -> p.has(Role.SOCIAL_WORKER)))).thenReturn(List.of(
                carePackage(CarePackageStatus.OPEN_FOR_OFFERS)));
        mvc.perform(as(get("/care-packages"), SOCIAL_WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Seònaid MacLeòid"),
                        containsString("Post a care package"), containsString("Open for offers"))));
    }

    @Test
    void aPackageTypedWrongIsShownAgainWithEachProblemInWordsAndNothingIsPosted() throws Exception {
        when(frameworks.live()).thenReturn(List.of(framework()));
        when(frameworks.find("FWK-1")).thenReturn(java.util.Optional.of(framework()));
        mvc.perform(as(post("/care-packages"), SOCIAL_WORKER).param("frameworkLot", "FWK-1:1")
                        .param("councilArea", "Highland").param("personName", "Seònaid")
                        .param("weeklyHours", "twelve").param("startDay", "31").param("startMonth", "2")
                        .param("startYear", "2027").param("personEmail", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Hours of support a week must be a number, such as 13.45"),
                        containsString("Start date must be a real date, such as 27 3 2027"),
                        containsString("Enter what support is needed"),
                        containsString("Enter how the person took part"),
                        containsString("value=\"twelve\""))));
        verify(brokerage, never()).post(any(), any());
    }

    @Test
    void whatTheServiceRefusesIsSaidOnTheFormAndAPostedPackageIsShown() throws Exception {
        when(frameworks.live()).thenReturn(List.of(framework()));
        when(frameworks.find("FWK-1")).thenReturn(java.util.Optional.of(framework()));
        when(brokerage.post(argThat(r -> r != null && r.councilArea().equals("Fife")), any())).thenThrow(new InvalidInput(
                "councilArea", "lot 1 of framework FWK-1 does not cover Fife; it covers Highland"));
        when(brokerage.post(argThat(r -> r != null && r.councilArea().equals("Highland")), any()))
                .thenReturn(new Brokerage.Posted("CP-1A2B3C4D", 42L, "2026-11-30T17:00Z"));
        mvc.perform(completePackage("Fife"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Council area lot 1 of framework FWK-1 does not cover"
                        + " Fife")));
        mvc.perform(completePackage("Highland")).andExpect(redirectedUrl("/care-packages/CP-1A2B3C4D"));
        verify(brokerage).post(argThat(r -> r.councilArea().equals("Highland") && r.pricedService().equals("Care at home: day hour")
                && r.participants().getFirst().how().equals("Said what she wants")
                && r.startDate().equals(LocalDate.of(2027, 3, 27))), any());
    }

    @Test
    void anInvitedProviderOffersAndAnOfferAboveItsPriceOrTooLateIsSaidInWords() throws Exception {
        when(brokerage.get(eq("CP-1"), any())).thenReturn(carePackage(CarePackageStatus.OPEN_FOR_OFFERS));
        when(brokerage.offer(eq("CP-1"), argThat(o -> o != null && o.hourlyRate().compareTo(new BigDecimal("30")) > 0), any()))
                .thenThrow(new InvalidInput("hourlyRate", "must not exceed your framework price for Care at home:"
                        + " day hour, £26.00 an hour"));
        when(brokerage.offer(eq("CP-1"), argThat(o -> o != null && o.hourlyRate().compareTo(new BigDecimal("20")) < 0), any()))
                .thenThrow(new Conflict("Offers for CP-1 closed at 2026-11-30T17:00:00Z; this offer was not taken."));

        mvc.perform(as(get("/care-packages/CP-1"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Make the offer"),
                        not(containsString("Seònaid MacLeòid")))));
        mvc.perform(offer("31.00")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hourly rate must not exceed your framework price")));
        mvc.perform(offer("19.00")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("this offer was not taken")));
        mvc.perform(offer("24.50")).andExpect(redirectedUrl("/care-packages/CP-1"));
    }

    @Test
    void theAwardNeedsHowThePersonTookPartAndOnlyASocialWorkerRecordsIt() throws Exception {
        when(brokerage.get(eq("CP-1"), any())).thenReturn(carePackage(CarePackageStatus.CHOOSING));
        mvc.perform(as(post("/care-packages/CP-1/award"), SOCIAL_WORKER).param("providerReference", "PRV-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how the person took part in choosing")));
        verify(brokerage, never()).award(any(), any(), any());

        mvc.perform(as(post("/care-packages/CP-1/award"), PROVIDER).param("providerReference", "PRV-1")
                .param("personHow", "Chose at home")).andExpect(status().isForbidden());
        mvc.perform(as(post("/care-packages/CP-1/award"), SOCIAL_WORKER).param("providerReference", "PRV-1")
                .param("personHow", "Chose at home")).andExpect(redirectedUrl("/care-packages/CP-1"));
        verify(brokerage).award(eq("CP-1"), argThat(c -> c.participants().getFirst().name().equals(
                "Seònaid MacLeòid")), any());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/care-packages").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
    }

    private MockHttpServletRequestBuilder completePackage(String area) {
        return as(post("/care-packages"), SOCIAL_WORKER).param("frameworkLot", "FWK-1:1").param("councilArea", area)
                .param("personName", "Seònaid MacLeòid").param("personUserId", "seonaid")
                .param("personEmail", "seonaid@people.example").param("weeklyHours", "12.5")
                .param("supportTimes", "Weekday mornings").param("needs", "Getting up")
                .param("outcomesInOwnWords", "Get to the shinty").param("startDay", "27").param("startMonth", "3")
                .param("startYear", "2027").param("socialWorkerEmail", "sandra@council.example")
                .param("personHow", "Said what she wants");
    }

    private MockHttpServletRequestBuilder offer(String rate) {
        return as(post("/care-packages/CP-1/offers"), PROVIDER).param("hourlyRate", rate).param("startDay", "27")
                .param("startMonth", "3").param("startYear", String.valueOf(LocalDate.now().getYear() + 1))
                .param("howWeWouldHelp", "Two regular carers");
    }

    private static Framework framework() {
        return new Framework("FWK-1", "Care and support", "SCOTLAND-EXCEL", FrameworkStatus.LIVE,
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3), null, new FrameworkWeights(90, 10),
                List.of(LOT));
    }

    private static CarePackageView carePackage(CarePackageStatus status) {
        return new CarePackageView("CP-1", "FWK-1", 1, "Highland", "Seònaid MacLeòid", new BigDecimal("12.5"),
                "Weekday mornings", "Getting up", "Get to the shinty", null, null, null, LocalDate.of(2027, 3, 27),
                Instant.parse("2026-11-30T17:00:00Z"), status, 3, 0, null, null, null, null, null, List.of());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
