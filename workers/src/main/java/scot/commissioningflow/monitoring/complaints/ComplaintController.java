package scot.commissioningflow.monitoring.complaints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/monitoring/contracts/{reference}/complaints")
@Tag(name = "Contract monitoring", description = "Risk tiers, reviews, returns and outcomes of live contracts")
class ComplaintController {

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping
    @Operation(summary = "Record a complaint about a monitored contract, the complainant's words as given; an upheld "
            + "one counts against the contract's tier")
    Complaint.View record(SignedInPerson person, @PathVariable String reference,
            @Valid @RequestBody ComplaintRequest request) {
        return complaints.record(person, reference, request);
    }

    @PostMapping("/{id}")
    @Operation(summary = "Record what an investigation found: upheld or not, and the outcome")
    Complaint.View decide(SignedInPerson person, @PathVariable String reference, @PathVariable long id,
            @Valid @RequestBody ComplaintDecision decision) {
        return complaints.decide(person, reference, id, decision);
    }
}
