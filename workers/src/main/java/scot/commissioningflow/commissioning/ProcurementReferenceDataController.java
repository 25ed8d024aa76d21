package scot.commissioningflow.commissioning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.BankHoliday.HolidayView;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdCode;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdView;

/** Procurement thresholds and Scottish bank holidays: each new figure recorded with its date and who recorded it. */
@RestController
@RequestMapping("/api/reference-data")
@Tag(name = "Reference data", description = "Figures that change by order or proclamation")
class ProcurementReferenceDataController {

    private final ProcurementThresholds thresholds;
    private final ScottishCalendar calendar;

    ProcurementReferenceDataController(ProcurementThresholds thresholds, ScottishCalendar calendar) {
        this.thresholds = thresholds;
        this.calendar = calendar;
    }

    record NewThreshold(@NotNull ThresholdCode code, @NotNull @DecimalMin("0.01") BigDecimal amount,
            boolean includesVat, @NotNull LocalDate effectiveFrom, @NotBlank String source) {
    }

    record NewHoliday(@NotNull LocalDate date, @NotBlank String name) {
    }

    @GetMapping("/procurement-thresholds")
    List<ThresholdView> thresholds() {
        return thresholds.all();
    }

    @PostMapping("/procurement-thresholds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a threshold taking effect on a date (earlier figures stay for earlier tenders)")
    ThresholdView recordThreshold(@Valid @RequestBody NewThreshold threshold,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        return thresholds.record(threshold.code(), threshold.amount(), threshold.includesVat(),
                threshold.effectiveFrom(), threshold.source(), user);
    }

    @GetMapping("/bank-holidays")
    List<HolidayView> holidays() {
        return calendar.all();
    }

    @PostMapping("/bank-holidays")
    @ResponseStatus(HttpStatus.CREATED)
    HolidayView recordHoliday(@Valid @RequestBody NewHoliday holiday,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        return calendar.record(holiday.date(), holiday.name(), user);
    }
}
