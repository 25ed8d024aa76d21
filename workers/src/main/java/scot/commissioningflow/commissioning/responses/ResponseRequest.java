package scot.commissioningflow.commissioning.responses;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A provider's response: price, how they will achieve the outcomes, and their fair-work declaration in the shape the
 * shared fair-work check reads (hourlyPayByRole, sleepoverHourlyPay, zeroHoursContracts, workerVoice...).
 */
public record ResponseRequest(
        @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String providerReference,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String providerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String contactEmail,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                message = AmountLimits.IN_PENCE) BigDecimal totalPrice,
        @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
        @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
        @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE, message = AmountLimits.IN_PENCE)
        BigDecimal hourlyRate,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String qualityStatement,
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String outcomesApproach,
        // Kept as given: an incomplete declaration is accepted, and the response found not compliant when checked.
        @NotNull @Schema(implementation = FairWorkDeclaration.class) Map<String, Object> fairWorkDeclaration) {
}
