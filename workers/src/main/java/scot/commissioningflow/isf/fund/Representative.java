package scot.commissioningflow.isf.fund;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone with legal power to act for the person (an attorney or guardian). They may sign and see the ISF for the
 * person; the power they hold and its registration reference go on the agreement.
 */
public record Representative(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String userId,
        @NotBlank @Email String email,
        @NotNull LegalAuthority authority,
        @NotBlank(message = "must give the Office of the Public Guardian registration or court reference")
        @Size(max = 100) String authorityReference) {
}
