package scot.commissioningflow.collaboration.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.ListLimits;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A progress and spend report for one milestone: what was done, who of the people supported and their carers took
 * part in this stage and how, and what was spent on each budget line (spend since the last report).
 */
public record ReportRequest(
        @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String progress,
        @NotEmpty @Size(max = ListLimits.OUTCOMES, message = ListLimits.TOO_MANY_PARTICIPANTS)
        List<@Valid @NotNull Involvement> peopleInvolved,
        @NotNull @Size(max = 200, message = "must list at most 200 lines of spend") List<@Valid @NotNull Spend> spend) {

    public record Spend(
            @NotBlank @Size(max = TextLimits.LINE, message = TextLimits.LINE_TOO_LONG) String line,
            @NotNull @DecimalMin(value = "0", message = AmountLimits.NOT_NEGATIVE)
            @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE) BigDecimal amount) {
    }
}
