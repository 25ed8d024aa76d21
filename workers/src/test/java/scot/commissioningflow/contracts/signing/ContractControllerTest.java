package scot.commissioningflow.contracts.signing;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** The contract endpoints' answers to what people send: validation, refusals as sentences, the webhook's secret. */
@WebMvcTest(controllers = ContractController.class,
        properties = "commissioning.e-signature.webhook-secret=the-shared-secret")
@Import({TestSignIn.class, ContractsAccessRules.class})
class ContractControllerTest {

    private static final String SHA = "b".repeat(64);
    private static final SignedInPerson ANN = new SignedInPerson("ann.provider", "Ann Provider",
            Set.of(Role.PROVIDER_USER), "PRV-1", null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ContractSigning documents;

    @Test
    void aContractIsShownWithItsFingerprintAndSignatories() throws Exception {
        when(documents.get(eq("C-1"), argThat(p -> p.username().equals("ann.provider")))).thenReturn(new ContractDocumentView("C-1", "contract-variation.docx", SHA,
                SigningStatus.AWAITING_SIGNATURES, Instant.parse("2026-04-01T10:00:00Z"), null, List.of()));

        mvc.perform(as(get("/api/contracts/C-1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.documentSha256").value(SHA))
                .andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));
    }

    @Test
    void theDocumentIsServedAsTheWordFileToBeSigned() throws Exception {
        when(documents.content(eq("C-1"), any())).thenReturn(new byte[] {80, 75, 3, 4});

        mvc.perform(as(get("/api/contracts/C-1/document"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"C-1.docx\""));
    }

    @Test
    void anUnknownContractIsNotFoundInASentence() throws Exception {
        when(documents.get(eq("C-404"), any())).thenThrow(new NotFound("There is no contract document C-404."));

        mvc.perform(as(get("/api/contracts/C-404"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no contract document C-404."));
    }

    @Test
    void aSignatureMissingItsSignerWithAMalformedFingerprintIsRefusedNamingEachField() throws Exception {
        mvc.perform(as(post("/api/contracts/C-1/signatures")).contentType(MediaType.APPLICATION_JSON).content("""
                {"signatoryRole": "provider", "signedBy": "", "documentSha256": "not-a-hash",
                 "authority": "A_FRIEND"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The request has 3 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("signedBy must not be blank")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "documentSha256 must be the 64-character SHA-256 of the document")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "authority must be POWER_OF_ATTORNEY, GUARDIANSHIP, INTERVENTION_ORDER or APPOINTEE")));
        verifyNoInteractions(documents);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInASentence() throws Exception {
        mvc.perform(as(post("/api/contracts/C-1/signatures")).contentType(MediaType.APPLICATION_JSON)
                        .content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("could not be read as JSON")));
    }

    @Test
    void theServicesRefusalsAreAnsweredAs400And409() throws Exception {
        when(documents.sign(eq("C-1"), any(), argThat(p -> p.username().equals("ann.provider"))))
                .thenThrow(new InvalidInput("documentSha256", "documentSha256 does not match contract C-1"))
                .thenThrow(new Conflict("The provider has already signed contract C-1."));

        mvc.perform(as(signature("/api/contracts/C-1/signatures"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentSha256"));
        mvc.perform(as(signature("/api/contracts/C-1/signatures"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The provider has already signed contract C-1."));
    }

    @Test
    void aSignatureOrAReadingFromSomeoneNotSignedInIsAskedToSignInAndAStrangerIsToldWhoMay() throws Exception {
        mvc.perform(signature("/api/contracts/C-1/signatures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/contracts/C-1/document")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/contracts/C-1/document").header("Authorization",
                SignedTokens.bearer("alex.analyst", "NATIONAL", Role.PROGRAMME_ANALYST)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(documents);

        when(documents.content(eq("C-1"), any())).thenThrow(new Refused(
                "Only the parties to contract C-1 and the commissioning staff of the buying council can read it."));
        mvc.perform(as(get("/api/contracts/C-1/document"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Only the parties to contract C-1 and the commissioning staff of the buying council can read "
                                + "it."));
    }

    @Test
    void signatureEventsAreTakenOnlyWithTheSharedSecretAndRecordedAsESignatures() throws Exception {
        mvc.perform(signature("/api/contracts/C-1/signature-events")).andExpect(status().isUnauthorized());
        mvc.perform(signature("/api/contracts/C-1/signature-events").header("X-E-Signature-Secret", "a-guess"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(documents);

        mvc.perform(signature("/api/contracts/C-1/signature-events")
                .header("X-E-Signature-Secret", "the-shared-secret")).andExpect(status().isOk());
        verify(documents).signedThroughService("C-1",
                new SignatureSubmission("provider", "Ann Provider", SHA, null, null));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", SignedTokens.bearer(ANN));
    }

    private static MockHttpServletRequestBuilder signature(String path) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content("""
                {"signatoryRole": "provider", "signedBy": "Ann Provider", "documentSha256": "%s"}""".formatted(SHA));
    }
}
