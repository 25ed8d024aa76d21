package scot.commissioningflow.fairwork;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;

@RestController
@RequestMapping("/api/fair-work")
@Tag(name = "Fair work", description = "Pay floors and Fair Work First checks")
class SustainabilityController {

    record PriceQuestion(
            @NotNull @DecimalMin(value = "0.00", message = AmountLimits.NOT_NEGATIVE)
            @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE) BigDecimal hourlyPrice,
            @NotNull @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
            LocalDate startDate) {
    }

    private final PriceSustainability sustainability;

    SustainabilityController(PriceSustainability sustainability) {
        this.sustainability = sustainability;
    }

    @PostMapping("/price-sustainability")
    @Operation(summary = "Whether an hourly price can pay the floor on the start date plus on-costs, with the sum")
    PriceAssessment assess(@Valid @RequestBody PriceQuestion question) {
        return sustainability.assess(question.hourlyPrice(), question.startDate());
    }
}
