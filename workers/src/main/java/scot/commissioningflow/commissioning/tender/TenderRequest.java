package scot.commissioningflow.commissioning.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a commissioner records to start commissioning: the need, its outcomes, who shaped them, and how to judge. */
public record TenderRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank String needDescription,
        @NotNull ServiceType serviceType,
        @NotNull @DecimalMin("0.01") BigDecimal estimatedValueExVat,
        @NotNull @DecimalMin("0.01") BigDecimal estimatedValueIncVat,
        @NotNull LocalDate contractStartDate,
        @NotNull @Min(1) @Max(120) Integer contractMonths,
        @NotEmpty List<@Valid Outcome> outcomes,
        @NotEmpty List<@Valid CoProduction> coProduction,
        boolean existingService,
        @Valid ExistingProvider existingProvider,
        @NotNull @Valid Weights weights,
        @NotEmpty List<@NotBlank String> evaluators,
        @NotNull @Min(10) @Max(120) Integer responsePeriodDays,
        boolean noticesElectronic,
        @NotBlank String paymentTerms,
        @NotBlank String monitoringArrangements,
        @NotBlank @Size(max = 300) String commissioningBody,
        @NotBlank @Size(max = 200) String commissionerName,
        @NotBlank @Email String commissionerEmail) {

    /** An outcome the support is for, and how we will know it is being achieved. */
    public record Outcome(@NotBlank String outcome, @NotBlank String indicator) {
    }

    /** Who took part in shaping the need and outcomes, and how. */
    public record CoProduction(@NotNull Participant who, @NotBlank String how) {
    }

    public enum Participant {
        SUPPORTED_PEOPLE,
        UNPAID_CARERS,
        PROVIDERS,
        COMMUNITY_ORGANISATIONS,
        FRONTLINE_STAFF
    }

    public record ExistingProvider(@NotBlank String reference, @NotBlank String name, @NotBlank @Email String email) {
    }

    /** Award criteria weightings in percent: set per tender, and they must add up to 100. */
    public record Weights(@NotNull @Min(0) @Max(100) Integer quality, @NotNull @Min(0) @Max(100) Integer price,
            @NotNull @Min(0) @Max(100) Integer fairWork) {

        int total() {
            return quality + price + fairWork;
        }
    }
}
