package scot.commissioningflow.collaboration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
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
import scot.commissioningflow.platform.web.InvalidInput;

/** Attaching the partnership agreement: a file that is not what it says, or not a file at all, is refused in words. */
@WebMvcTest(ApplicationController.class)
@Import({TestSignIn.class, CollaborationAccessRules.class})
class ApplicationControllerTest {

    private static final SignedInPerson LEAD = new SignedInPerson("lena.lead", "Lena Lead",
            Set.of(Role.PROVIDER_USER), "PRV-LEAD", null);
    private static final String AS_LEAD = SignedTokens.bearer(LEAD);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @MockitoBean
    private Applications applications;

    @Test
    void contentThatIsNotBase64IsNamedAndNothingIsKept() throws Exception {
        mvc.perform(put("/api/collaboration/applications/CFA-1/partnership-agreement").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "fileName", "agreement.pdf", "contentType", "application/pdf",
                                "contentBase64", "not base64 at all!"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("contentBase64 is not base64")));
        verifyNoInteractions(applications);
    }

    @Test
    void aFileOfTheWrongKindIsRefusedWithTheSentenceTheRulesGive() throws Exception {
        byte[] spreadsheet = "PK spreadsheet".getBytes();
        String problem = ApplicationRules.agreementProblem("application/vnd.ms-excel", spreadsheet);
        when(applications.attachAgreement(eq("CFA-1"), any(), eq("application/vnd.ms-excel"), any(), any()))
                .thenThrow(new InvalidInput("partnershipAgreement", problem));
        mvc.perform(put("/api/collaboration/applications/CFA-1/partnership-agreement").header("Authorization", AS_LEAD)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "fileName", "agreement.xls", "contentType", "application/vnd.ms-excel",
                                "contentBase64", Base64.getEncoder().encodeToString(spreadsheet)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The partnership agreement must be a PDF or a"
                        + " Word (.docx) document, not application/vnd.ms-excel.")));
    }

    @Test
    void aPdfThatDoesNotStartAsAPdfIsNotTakenForOne() {
        assertThat(ApplicationRules.agreementProblem("application/pdf",
                "MZ an executable".getBytes())).isEqualTo("The partnership agreement does not read as the PDF it"
                + " says it is.");
        assertThat(ApplicationRules.agreementProblem("application/pdf",
                new byte[ApplicationRules.AGREEMENT_MAX_BYTES + 1])).isEqualTo("The partnership agreement is larger"
                + " than the 10 MB allowed: send a smaller copy, for example a PDF without scanned colour pages.");
    }
}
