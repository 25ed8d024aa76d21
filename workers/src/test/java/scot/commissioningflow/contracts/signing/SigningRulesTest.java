package scot.commissioningflow.contracts.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.documents.GeneratedDocument;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/** Who may sign what, without a database: the rules every signature passes before it is recorded. */
class SigningRulesTest {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant SIGNING_DEADLINE = NOW.plusSeconds(14 * 24 * 3600);

    private final GeneratedDocument generated = GeneratedDocument.of("the contract".getBytes(StandardCharsets.UTF_8));
    private final ContractDocument document = new ContractDocument("C-1", "contract-variation.docx",
            generated.content(), generated.sha256(), Map.of(), NOW);
    private final Signatory provider = new Signatory("C-1", new SignatoryRequest("provider", "Ann Provider",
            "ann@example.org", Signer.provider("PRV-1")));
    private final Signatory council = new Signatory("C-1", new SignatoryRequest("council", "Colin Council",
            "colin@example.org", Signer.council("MORAY-HSCP")));
    private final List<Signatory> parties = List.of(provider, council);

    @Test
    void aPartyAskedToSignSignsTheDocumentItRead() {
        document.awaitSignatures(null, SIGNING_DEADLINE);

        assertThat(signing(signature("council", generated.sha256())))
                .isSameAs(council);
    }

    @Test
    void aSignatureQuotingAnotherDocumentsFingerprintIsRefused() {
        document.awaitSignatures(null, SIGNING_DEADLINE);

        assertThatThrownBy(() -> signing(signature("provider", "0".repeat(64))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("documentSha256 does not match contract C-1: the document may have changed");
    }

    @Test
    void someoneWhoIsNotAPartyIsToldWhoThePartiesAre() {
        document.awaitSignatures(null, SIGNING_DEADLINE);

        assertThatThrownBy(() -> signing(signature("landlord", generated.sha256())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("signatoryRole landlord is not a party to contract C-1; the parties are "
                        + "provider, council");
    }

    @Test
    void nobodySignsTwice() {
        document.awaitSignatures(null, SIGNING_DEADLINE);
        provider.sign("Ann Provider", null, null, generated.sha256(), "IN_PRODUCT", NOW);

        assertThatThrownBy(() -> signing(signature("provider", generated.sha256())))
                .isInstanceOf(Conflict.class).hasMessage("The provider has already signed contract C-1.");
    }

    @Test
    void signingForAnotherPersonNeedsTheAuthorityToDoSo() {
        document.awaitSignatures(null, SIGNING_DEADLINE);
        var forAnother = new SignatureSubmission("provider", "Jo Attorney", generated.sha256(), "Ann Provider", null);

        assertThatThrownBy(() -> signing(forAnother))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("authority is required when signing on behalf of someone else");
    }

    @Test
    void nothingIsSignedBeforeThePartiesAreAskedOrAfterSigningLapsed() {
        assertThatThrownBy(() -> signing(signature("provider", generated.sha256())))
                .isInstanceOf(Conflict.class).hasMessage("Contract C-1 is not awaiting signatures: it is generated.");

        document.awaitSignatures(null, SIGNING_DEADLINE);
        document.lapse();
        assertThatThrownBy(() -> signing(signature("provider", generated.sha256())))
                .isInstanceOf(Conflict.class).hasMessage("Contract C-1 is not awaiting signatures: it is lapsed.");
    }

    private Signatory signing(SignatureSubmission submission) {
        return SigningRules.partySigning(document, parties, submission);
    }

    private static SignatureSubmission signature(String role, String sha256) {
        return new SignatureSubmission(role, "Someone", sha256, null, null);
    }
}
