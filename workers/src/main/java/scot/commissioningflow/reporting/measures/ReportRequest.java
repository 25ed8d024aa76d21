package scot.commissioningflow.reporting.measures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A report asked for through the API.
 *
 * @param period a financial year ({@code 2026-27}) or quarter ({@code 2026-27-Q1}, April to June)
 * @param area   a council or partnership code; blank for Scotland
 */
public record ReportRequest(
        @NotBlank @Size(max = 20, message = "must be a financial year such as 2026-27 or a quarter such as 2026-27-Q1")
        String period,
        @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String area) {
}
