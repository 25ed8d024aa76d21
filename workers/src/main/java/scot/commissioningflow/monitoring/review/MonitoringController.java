package scot.commissioningflow.monitoring.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Contract monitoring", description = "Risk tiers, reviews, returns and outcomes of live contracts")
class MonitoringController {

    private final MonitoringViews views;
    private final MonitoringReviews reviews;

    MonitoringController(MonitoringViews views, MonitoringReviews reviews) {
        this.views = views;
        this.reviews = reviews;
    }

    @GetMapping("/contracts")
    @Operation(summary = "Monitored contracts with their tier and why: procurement staff every one, a provider its own")
    List<MonitoringViews.MonitoredView> list(SignedInPerson person) {
        return views.list(person);
    }

    @GetMapping("/contracts/{reference}")
    @Operation(summary = "One monitored contract: tier and reason, next review, reviews and findings")
    MonitoringViews.MonitoredView get(SignedInPerson person, @PathVariable String reference) {
        return views.get(person, reference);
    }

    @PostMapping("/contracts/{reference}/returns")
    @Operation(summary = "The provider's monitoring return for the review that asks for one")
    MonitoringReview.ReviewView submit(SignedInPerson person, @PathVariable String reference,
            @Valid @RequestBody MonitoringReturn request) {
        return reviews.submitReturn(reference, request, person);
    }

    @GetMapping("/contracts/{reference}/outcomes")
    @Operation(summary = "Outcomes per person in their own words, beside the contract's outcome indicators")
    MonitoringViews.OutcomesView outcomes(SignedInPerson person, @PathVariable String reference) {
        return views.outcomes(person, reference);
    }

    @GetMapping("/workload")
    @Operation(summary = "MonitoringReviews due and overdue by tier, and officer effort spent against what each tier expects")
    List<MonitoringViews.TierWorkload> workload(SignedInPerson person) {
        return views.workload(person);
    }
}
