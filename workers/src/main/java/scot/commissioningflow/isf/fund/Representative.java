package scot.commissioningflow.isf.fund;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * Someone with legal power to act for the person (an attorney or guardian). They may sign and see the ISF for the
 * person; the power they hold and its registration reference go on the agreement.
 */
public record Representative(
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String userId,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String email,
        @NotNull LegalAuthority authority,
        @NotBlank(message = "must give the Office of the Public Guardian registration or court reference")
        @Size(max = TextLimits.IDENTIFIER, message = TextLimits.IDENTIFIER_TOO_LONG) String authorityReference) {
}
