package scot.commissioningflow.fairwork;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person sends to add or change a reference figure. Every change carries a reason, kept in the audit trail
 * with who made it.
 */
final class ReferenceDataRequests {

    private ReferenceDataRequests() {
    }

    record NewPayRate(
            @NotNull RateKind rateKind,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 6, fraction = 2, message = "must be in pounds and pence") BigDecimal hourlyRate,
            boolean inferred,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record PayRateChange(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 6, fraction = 2, message = "must be in pounds and pence") BigDecimal hourlyRate,
            boolean inferred,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record NewOnCostRate(
            @NotNull OnCostComponent component,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00")
            @Digits(integer = 3, fraction = 2, message = "must be a percentage with at most two decimals")
            BigDecimal percentage,
            boolean inferred,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record OnCostRateChange(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00")
            @Digits(integer = 3, fraction = 2, message = "must be a percentage with at most two decimals")
            BigDecimal percentage,
            boolean inferred,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record NewCriterionRule(
            @NotNull Criterion criterion,
            @NotNull FairWorkContext context,
            @NotNull Treatment treatment,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record CriterionRuleChange(
            @NotNull Treatment treatment,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record NewPayFloorRule(
            @NotNull WorkType workType,
            @NotNull RateKind rateKind,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record PayFloorRuleChange(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record NewGrantDeclarationLimit(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2, message = "must be in pounds and pence")
            BigDecimal fundingLimit,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record GrantDeclarationLimitChange(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2, message = "must be in pounds and pence")
            BigDecimal fundingLimit,
            @NotBlank @Size(max = 1000) String sourceNote,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
