package scot.commissioningflow.frameworks.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * A framework as the national body's procurement lead sets it up.
 *
 * @param exceptionalTermReason needed only for a term over four years
 * @param reopenEveryMonths how often the framework reopens for new entrants on its own (it may also be reopened on
 *        demand)
 * @param applicationWindowDays how long each round takes applications
 * @param buyerName the national body's name as its contracts and variations show it, e.g. Scotland Excel
 * @param contactEmail where the national body is asked to sign variations
 */
public record FrameworkSetUp(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String buyerName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String contactEmail,
        @NotNull @DateWindow(yearsBack = 1, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate startsOn,
        @NotNull @DateWindow(yearsBack = 1, yearsAhead = DateLimits.PLANNING_YEARS_AHEAD) LocalDate endsOn,
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String exceptionalTermReason,
        @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100")
        int qualityPercent,
        @Min(value = 0, message = "must be between 0 and 99") @Max(value = 99, message = "must be between 0 and 99")
        int pricePercent,
        @Min(value = 1, message = "must be between 1 and 48 months") @Max(value = 48, message = "must be between 1"
                + " and 48 months") int reopenEveryMonths,
        @Min(value = 1, message = "must be between 1 and 90 days") @Max(value = 90, message = "must be between 1 and"
                + " 90 days") int applicationWindowDays,
        @NotNull @Size(min = 1, max = 50, message = "must set up between 1 and 50 lots")
        List<@Valid @NotNull LotSetUp> lots) {
}
