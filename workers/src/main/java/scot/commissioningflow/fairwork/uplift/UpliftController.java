package scot.commissioningflow.fairwork.uplift;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import scot.commissioningflow.platform.web.DateLimits;
import scot.commissioningflow.platform.web.DateWindow;
import scot.commissioningflow.platform.web.ListLimits;

/** Pay uplifts a new pay floor makes necessary, and the yearly review of them. */
@RestController
@RequestMapping("/api/fair-work")
@Tag(name = "Fair work", description = "Pay floors and Fair Work First checks")
class UpliftController {

    record UpliftQuestion(
            @NotNull @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
            LocalDate effectiveFrom,
            @NotNull @Size(max = ListLimits.CONTRACTS, message = ListLimits.TOO_MANY_CONTRACTS)
            List<@Valid ContractRate> contracts) {
    }

    record ReviewQuestion(
            @NotNull @DateWindow(yearsBack = DateLimits.REFERENCE_YEARS, yearsAhead = DateLimits.REFERENCE_YEARS)
            LocalDate effectiveFrom) {
    }

    private final PayUplifts uplifts;
    private final UpliftReviews reviews;

    UpliftController(PayUplifts uplifts, UpliftReviews reviews) {
        this.uplifts = uplifts;
        this.reviews = reviews;
    }

    @GetMapping("/uplifts")
    @Operation(summary = "Live contracts in the register whose rate falls below the floor taking effect on a date")
    UpliftReview liveUplifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
        return uplifts.forLiveContracts(effectiveFrom);
    }

    @PostMapping("/uplifts")
    @Operation(summary = "The same review for a list of contracts given in the request")
    UpliftReview uplifts(@Valid @RequestBody UpliftQuestion question) {
        return uplifts.forContracts(question.effectiveFrom(), question.contracts());
    }

    @PostMapping("/uplift-reviews")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the pay uplift review for a new pay floor: contracts found, then a commissioner decides")
    UpliftReviews.ReviewStarted startReview(@Valid @RequestBody ReviewQuestion question) {
        return reviews.start(question.effectiveFrom());
    }

    @GetMapping("/uplift-reviews/{reviewKey}")
    @Operation(summary = "A pay uplift review as found, with the commissioner's decision once made")
    UpliftReviewRecord review(@PathVariable String reviewKey) {
        return reviews.get(reviewKey);
    }
}
