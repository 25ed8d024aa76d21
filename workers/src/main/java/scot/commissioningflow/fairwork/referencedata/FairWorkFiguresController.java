package scot.commissioningflow.fairwork.referencedata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.fairwork.WorkType;

/** The fair work figures in force on a date; they are kept through {@code /api/reference-data}. */
@RestController
@RequestMapping("/api/fair-work")
@Tag(name = "Fair work", description = "Pay floors and Fair Work First checks")
class FairWorkFiguresController {

    private final FairWorkFigures figures;

    FairWorkFiguresController(FairWorkFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/pay-floors/{workType}")
    @Operation(summary = "The pay floor for a kind of work on a date, and the rate that sets it")
    PayFloor payFloor(@PathVariable WorkType workType,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return figures.floorOn(workType, date);
    }

    @GetMapping("/rates/{rateKind}")
    @Operation(summary = "The hourly rate of a kind in force on a date")
    PayRateView rate(@PathVariable RateKind rateKind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return figures.rateOn(rateKind, date);
    }

    @GetMapping("/criteria")
    @Operation(summary = "The seven Fair Work First criteria")
    List<CriterionView> criteria() {
        return figures.criteria();
    }
}
