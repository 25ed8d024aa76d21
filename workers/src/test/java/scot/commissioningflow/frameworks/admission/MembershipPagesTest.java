package scot.commissioningflow.frameworks.admission;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.frameworks.calloff.CallOffs;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.portal.Words;

/** One framework's page: members and refusals for its staff, suspension with a reason, a provider's own prices. */
@WebMvcTest(MembershipPages.class)
@Import({TestSignIn.class, FrameworkPageAccessRules.class, Words.class})
class MembershipPagesTest {

    private static final SignedInPerson OFFICER = new SignedInPerson("morag.procurement", "Morag",
            Set.of(Role.PROCUREMENT_OFFICER), "SCOTLAND-EXCEL", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final FrameworkLot LOT = new FrameworkLot("FWK-1", 1, "Care at home", "Support Service",
            "Older People", List.of("Highland"), 4, List.of());

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FrameworkAgreements agreements;

    @MockitoBean
    private Admissions admissions;

    @MockitoBean
    private CallOffs callOffs;

    @BeforeEach
    void oneFrameworkWithTwoMembers() {
        Framework framework = new Framework("FWK-1", "Care and support", "SCOTLAND-EXCEL", FrameworkStatus.LIVE,
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3), null, new FrameworkWeights(90, 10),
                List.of(LOT));
        when(agreements.get("FWK-1")).thenReturn(framework);
        when(agreements.list()).thenReturn(List.of(framework));
        List<LotMember> members = List.of(member("PRV-1", "Strath Care", MemberStatus.ADMITTED),
                member("PRV-2", "Glen Support", MemberStatus.SUSPENDED));
        when(admissions.members("FWK-1", 1)).thenReturn(members);
        when(admissions.membersOfFramework("FWK-1")).thenReturn(members);
    }

    @Test
    void itsProcurementStaffSeeEveryMemberAndMaySuspendOrReinstate() throws Exception {
        mvc.perform(as(get("/frameworks/FWK-1"), OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strath Care"), containsString("Glen Support"),
                        containsString("Why suspend Strath Care on every lot"),
                        containsString("Why reinstate Glen Support on every lot"))));
        mvc.perform(as(get("/frameworks/FWK-1"), COMMISSIONER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strath Care"), not(containsString("Why suspend")),
                        containsString("Call off from this framework"))));
    }

    @Test
    void aSuspensionNeedsItsReasonAndOnlyItsStaffSuspend() throws Exception {
        mvc.perform(as(post("/frameworks/FWK-1/members/PRV-1/suspension"), OFFICER).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason")));
        verify(admissions, never()).changeStatus(any(), any(), any(), any(), any());

        mvc.perform(as(post("/frameworks/FWK-1/members/PRV-1/suspension"), COMMISSIONER)
                .param("reason", "Enforcement notice")).andExpect(status().isForbidden());
        when(admissions.changeStatus(eq("FWK-1"), eq("PRV-1"), eq(MemberStatus.SUSPENDED), any(), any()))
                .thenReturn(List.of(member("PRV-1", "Strath Care", MemberStatus.SUSPENDED)));
        mvc.perform(as(post("/frameworks/FWK-1/members/PRV-1/suspension"), OFFICER)
                .param("reason", "Enforcement notice served 3 March")).andExpect(redirectedUrl("/frameworks/FWK-1"));
        verify(admissions).changeStatus(eq("FWK-1"), eq("PRV-1"), eq(MemberStatus.SUSPENDED),
                eq("Enforcement notice served 3 March"), any());
    }

    @Test
    void aProviderSeesOnlyItsOwnMembershipsWithTheirPrices() throws Exception {
        when(admissions.schedule(eq("FWK-1"), eq(1), eq("PRV-1"), any())).thenReturn(List.of(new ScheduledPrice(
                "FWK-1", 1, "PRV-1", "Care at home: day hour", PriceUnit.HOUR, new BigDecimal("26.00"), null)));
        mvc.perform(as(get("/frameworks/memberships"), PROVIDER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Care at home: day hour"),
                        containsString("£26.00 an hour"), not(containsString("Glen Support")))));
        mvc.perform(as(get("/frameworks/memberships"), COMMISSIONER)).andExpect(status().isForbidden());
    }

    private static LotMember member(String reference, String name, MemberStatus status) {
        return new LotMember("FWK-1", 1, reference, name, List.of("CS1"), 5, new BigDecimal("80.00"), null, status,
                LocalDate.now().minusDays(20));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
