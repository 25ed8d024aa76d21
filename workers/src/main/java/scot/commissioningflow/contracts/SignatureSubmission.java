package scot.commissioningflow.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A party signing in the product. The signer quotes the SHA-256 of the document they read, so a signature can only
 * ever attach to that exact document. Someone signing for another (a guardian, an attorney) says so and on what
 * authority.
 */
public record SignatureSubmission(
        @NotBlank @Size(max = TextLimits.ROLE, message = TextLimits.ROLE_TOO_LONG) String signatoryRole,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String signedBy,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be the 64-character SHA-256 of the document")
        String documentSha256,
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String onBehalfOf,
        @Pattern(regexp = "POWER_OF_ATTORNEY|GUARDIANSHIP|INTERVENTION_ORDER|APPOINTEE",
                message = "must be POWER_OF_ATTORNEY, GUARDIANSHIP, INTERVENTION_ORDER or APPOINTEE")
        String authority) {
}
