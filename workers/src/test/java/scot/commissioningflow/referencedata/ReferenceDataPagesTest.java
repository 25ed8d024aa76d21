package scot.commissioningflow.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
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
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.portal.Words;

/**
 * The reference-data pages on the real mechanism ({@link ReferenceData}) over sample datasets: periods and their
 * history shown, a new period's problems said in words on the form, and the pages only for a dataset's keepers.
 */
@WebMvcTest(ReferenceDataPages.class)
@Import({TestSignIn.class, ReferenceDataAccessRules.class, ReferenceData.class, FieldChanges.class,
        ReferenceDataControllerTest.Samples.class, Words.class})
class ReferenceDataPagesTest {

    private static final String AS_ADMIN = SignedTokens.bearer("admin", "DEMO-HSCP", Role.ADMINISTRATOR);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReferenceChangeRepository changes;

    @MockitoBean
    private AuditTrail trail;

    @Test
    void theDatasetsAreListedInWords() throws Exception {
        mvc.perform(as(get("/reference-data"), AS_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kept samples")));
    }

    @Test
    void aDatasetShowsItsPeriodsAndWhoChangedWhatAndWhy() throws Exception {
        ReferenceChange change = org.mockito.Mockito.mock(ReferenceChange.class);
        when(change.view()).thenReturn(new ReferenceChangeView(1L, "kept-samples", 1, "amount", "0.90", "1",
                "admin", Instant.parse("2026-03-20T10:00:00Z"), "Published rate for 2026 to 2027"));
        when(changes.search("kept-samples", null)).thenReturn(List.of(change));

        mvc.perform(as(get("/reference-data/kept-samples"), AS_ADMIN))
                .andExpect(status().isOk())
                .andExpect(view().name("referencedata/dataset"))
                .andExpect(content().string(containsString("Effective from")))
                .andExpect(content().string(containsString("2026-04-01")))
                .andExpect(content().string(containsString("Source note")))
                .andExpect(content().string(containsString(">held<")))
                .andExpect(content().string(containsString("Published rate for 2026 to 2027")))
                .andExpect(content().string(containsString("Add the period")));
    }

    @Test
    void anEmptyNewPeriodIsAskedForFieldByFieldInWords() throws Exception {
        mvc.perform(as(post("/reference-data/kept-samples"), AS_ADMIN).param("effectiveFrom", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter effective from")))
                .andExpect(content().string(containsString("Enter source note")))
                .andExpect(content().string(containsString("Enter reason")))
                .andExpect(content().string(containsString("Enter kind")))
                .andExpect(content().string(not(containsString("must not be null"))));
        verifyNoInteractions(trail);
    }

    @Test
    void aDateTypedAnotherWayIsNamedWithAnExample() throws Exception {
        mvc.perform(as(post("/reference-data/kept-samples"), AS_ADMIN).param("effectiveFrom", "1/4/2027")
                        .param("kind", "A").param("amount", "2").param("sourceNote", "x").param("reason", "y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Effective from must be a date such as 2026-04-01, not 1/4/2027")));
    }

    @Test
    void aPeriodOverlappingOneHeldIsSaidOnTheFormNamingBoth() throws Exception {
        mvc.perform(as(post("/reference-data/kept-samples"), AS_ADMIN).param("effectiveFrom", "2026-01-01")
                        .param("effectiveTo", "2026-06-30").param("kind", "A").param("amount", "2")
                        .param("sourceNote", "x").param("reason", "y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("would overlap the one held from 1 April 2026")));
    }

    @Test
    void onlyAKeeperOfSomeDatasetOpensThePagesAndOnlyItsOwnKeeperAddsToADataset() throws Exception {
        String commissioner = SignedTokens.bearer("aileen", "DEMO-HSCP", Role.COMMISSIONER);
        mvc.perform(as(get("/reference-data"), commissioner)).andExpect(status().isForbidden());
        mvc.perform(as(post("/reference-data/kept-samples"), commissioner).param("effectiveFrom", "2027-04-01"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/reference-data/samples"), AS_ADMIN).param("effectiveFrom", "2027-04-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFieldNameIsSaidAsWords() {
        assertThat(ReferenceDataPages.inWords(new FieldProblem("hourlyRate", "hourlyRate must be at least 0.01")))
                .isEqualTo(new FieldProblem("hourlyRate", "Hourly rate must be at least 0.01"));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String bearer) {
        return request.header("Authorization", bearer).accept(MediaType.TEXT_HTML);
    }
}
