package scot.commissioningflow.contracts.signing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.Instant;
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
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.ContractsAccessRules;
import scot.commissioningflow.contracts.SignatoryView;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.contracts.signing.ContractSigning.DocumentToSign;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Words;

/** A provider's documents to sign: read, download, sign on the document read; another provider's are refused. */
@WebMvcTest(SigningPages.class)
@Import({TestSignIn.class, ContractsAccessRules.class, Words.class})
class SigningPagesTest {

    private static final String SHA = "c".repeat(64);
    private static final SignedInPerson PROVIDER = new SignedInPerson("pat.provider", "Pat Provider",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);
    private static final SignedInPerson COMMISSIONER = new SignedInPerson("morag.fraser", "Morag Fraser",
            Set.of(Role.COMMISSIONER), "MORAY-HSCP", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ContractSigning signing;

    @Test
    void aProviderSeesItsDocumentsAndWhichWaitForIt() throws Exception {
        when(signing.toSignForProviderOf(any())).thenReturn(List.of(waiting()));

        mvc.perform(as(get("/documents-to-sign"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CON-TND-0001")))
                .andExpect(content().string(containsString("Waiting for your signature")));
    }

    @Test
    void theDocumentPageCarriesTheFingerprintSignedAgainst() throws Exception {
        when(signing.toSign(eq("CON-TND-0001"), any())).thenReturn(waiting());

        mvc.perform(as(get("/documents-to-sign/CON-TND-0001"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"documentSha256\" value=\"" + SHA + "\"")))
                .andExpect(content().string(containsString("Sign for the provider")))
                .andExpect(content().string(containsString("/documents-to-sign/CON-TND-0001/document")));
    }

    @Test
    void theDocumentDownloadsAsAWordFile() throws Exception {
        when(signing.content(eq("CON-TND-0001"), any())).thenReturn(new byte[] {80, 75, 3, 4});

        mvc.perform(as(get("/documents-to-sign/CON-TND-0001/document"), PROVIDER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"CON-TND-0001.docx\""));
    }

    @Test
    void signingNeedsANameAndAConfirmationSaidInWords() throws Exception {
        when(signing.toSign(eq("CON-TND-0001"), any())).thenReturn(waiting());

        mvc.perform(as(post("/documents-to-sign/CON-TND-0001/signature"), PROVIDER)
                        .param("signatoryRole", "provider").param("documentSha256", SHA).param("signedBy", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your full name to sign")))
                .andExpect(content().string(containsString("Confirm that you have read the document")));
        verify(signing, never()).sign(anyString(), any(), any());
    }

    @Test
    void aSignatureIsMadeOnTheDocumentRead() throws Exception {
        mvc.perform(as(post("/documents-to-sign/CON-TND-0001/signature"), PROVIDER)
                        .param("signatoryRole", "provider").param("documentSha256", SHA)
                        .param("signedBy", "Pat Provider").param("confirm", "yes"))
                .andExpect(redirectedUrl("/documents-to-sign/CON-TND-0001"));
        verify(signing).sign(eq("CON-TND-0001"), argThat(s -> s.documentSha256().equals(SHA)
                && s.signatoryRole().equals("provider") && s.signedBy().equals("Pat Provider")), eq(PROVIDER));
    }

    @Test
    void aDocumentChangedSinceThePageOpenedIsSaidInWords() throws Exception {
        when(signing.toSign(eq("CON-TND-0001"), any())).thenReturn(waiting());
        when(signing.sign(anyString(), any(), any())).thenThrow(new InvalidInput("documentSha256",
                "documentSha256 does not match contract CON-TND-0001"));

        mvc.perform(as(post("/documents-to-sign/CON-TND-0001/signature"), PROVIDER)
                        .param("signatoryRole", "provider").param("documentSha256", "d".repeat(64))
                        .param("signedBy", "Pat Provider").param("confirm", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This page is out of date")))
                .andExpect(content().string(not(containsString("documentSha256 does not match"))));
    }

    @Test
    void anotherProvidersDocumentIsRefusedAndStaffUseTheirOwnPages() throws Exception {
        when(signing.toSign(eq("CON-TND-0009"), any())).thenThrow(new Refused(
                "Only the parties to contract CON-TND-0009 and the commissioning staff of the buying council can "
                        + "read it."));
        mvc.perform(as(get("/documents-to-sign/CON-TND-0009"), PROVIDER)).andExpect(status().isForbidden());
        mvc.perform(as(get("/documents-to-sign"), COMMISSIONER)).andExpect(status().isForbidden());
    }

    private static DocumentToSign waiting() {
        return new DocumentToSign(new ContractDocumentView("CON-TND-0001", "outcomes-based-contract", SHA,
                SigningStatus.AWAITING_SIGNATURES, Instant.parse("2027-03-01T10:00:00Z"), null, List.of(
                        new SignatoryView("provider", "Spey Support", "bids@spey.example", false, null, null, null,
                                null, null, 0),
                        new SignatoryView("council", "Moray HSCP", "contracts@moray.example", true, "Morag Fraser",
                                null, null, Instant.parse("2027-03-02T10:00:00Z"), "in-product", 0))), "provider");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
        return request.header("Authorization", SignedTokens.bearer(person)).accept(MediaType.TEXT_HTML);
    }
}
