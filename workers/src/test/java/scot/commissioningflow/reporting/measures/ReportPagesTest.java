package scot.commissioningflow.reporting.measures;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ValueFormat;

/** The flexibility report page: the measures for Scotland or a council, the workbooks, and who may read them. */
@WebMvcTest(ReportPages.class)
@Import({TestSignIn.class, ReportAccessRules.class, Words.class})
class ReportPagesTest {

    private static final SignedInPerson ANALYST = new SignedInPerson("ali.analyst", "Ali",
            Set.of(Role.PROGRAMME_ANALYST), "NATIONAL-PROGRAMME", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FlexibilityReports reports;

    @MockitoBean
    private MeasureContributor isfs;

    @BeforeEach
    void oneMeasure() {
        when(isfs.feature()).thenReturn("Individual service funds");
        when(isfs.measures(any())).thenReturn(List.of(new Measure("isf.share", "People directing their own support",
                "Share of funds in place", "ISF records", ValueFormat.PERCENT, null, new BigDecimal("0.253"),
                Map.of("DEMO-HSCP", new BigDecimal("0.5")))));
    }

    @Test
    void anAnalystReadsScotlandsMeasuresAndDownloadsAReadyWorkbook() throws Exception {
        when(reports.list(any())).thenReturn(List.of(new ReportView("FR-1", "2026-27", null, ReportStatus.READY, 40,
                40L, "ali.analyst", Instant.now(), Instant.now(), 9000L, "/api/reports/flexibility/FR-1/workbook")));
        mvc.perform(as(get("/reports").param("period", "2026-27"), ANALYST)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Measures for Scotland, 2026-27"),
                        containsString("People directing their own support"), containsString("25.3%"),
                        containsString("href=\"/api/reports/flexibility/FR-1/workbook\""),
                        containsString("href=\"/api/open-data/releases\""))));
    }

    @Test
    void aCommissionerReadsTheirOwnCouncilsFigures() throws Exception {
        mvc.perform(as(get("/reports").param("area", "OTHER-HSCP"), COMMISSIONER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Measures for DEMO-HSCP"), containsString("50.0%"),
                        not(containsString("25.3%")))));
    }

    @Test
    void aPeriodTypedWrongIsSaidInWordsAndAGoodOneIsAskedFor() throws Exception {
        when(reports.request(argThat(r -> r != null && r.period().equals("2026")), any()))
                .thenThrow(new InvalidInput("period", "period must be a financial year such as 2026-27"));
        when(reports.request(argThat(r -> r != null && r.period().equals("2026-27-Q1")), any()))
                .thenReturn(new ReportView("FR-2", "2026-27-Q1", null, ReportStatus.REQUESTED, 0, null,
                        "ali.analyst", Instant.now(), null, null, null));
        mvc.perform(as(post("/reports"), ANALYST).param("period", "2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Period must be a financial year such as 2026-27 or a "
                        + "quarter such as 2026-27-Q1")));
        mvc.perform(as(post("/reports"), ANALYST).param("period", "2026-27-Q1")).andExpect(redirectedUrl("/reports"));
    }

    @Test
    void aProviderHasNoReport() throws Exception {
        mvc.perform(as(get("/reports"), PROVIDER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/reports"), PROVIDER).param("period", "2026-27")).andExpect(status().isForbidden());
        verify(reports, never()).request(any(), any());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
