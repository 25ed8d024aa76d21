package scot.commissioningflow.commissioning.responses;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * A provider's response: price, how they will achieve the outcomes, and their fair-work declaration in the shape the
 * shared fair-work check reads (hourlyPayByRole, sleepoverHourlyPay, zeroHoursContracts, workerVoice...).
 */
public record ResponseRequest(
        @NotBlank String providerReference,
        @NotBlank String providerName,
        @NotBlank @Email String contactEmail,
        @NotNull @DecimalMin("0.01") BigDecimal totalPrice,
        @NotNull @DecimalMin("0.01") BigDecimal hourlyRate,
        @NotBlank String qualityStatement,
        @NotBlank String outcomesApproach,
        // Kept as given: an incomplete declaration is accepted, and the response found not compliant when checked.
        @NotNull @Schema(implementation = FairWorkDeclaration.class) Map<String, Object> fairWorkDeclaration) {
}
