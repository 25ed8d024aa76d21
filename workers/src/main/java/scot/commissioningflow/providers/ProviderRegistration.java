package scot.commissioningflow.providers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/** What a provider tells us when asking to register. */
public record ProviderRegistration(
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
        @NotNull OrganisationType organisationType,
        boolean sme,
        @NotBlank @Pattern(regexp = "CS\\d{10}", message = "must be a Care Inspectorate service number such as CS2003001025")
        String careInspectorateNumber,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String contactEmail) {
}
