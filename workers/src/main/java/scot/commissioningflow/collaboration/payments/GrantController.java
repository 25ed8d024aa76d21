package scot.commissioningflow.collaboration.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.collaboration.grant.GrantView;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.identity.SignedInPerson;

/** Grants: their state, and the lead provider's progress and spend reports against each milestone. */
@RestController
@Tag(name = "Collaboration funding", description = "Funding rounds for provider collaboration")
class GrantController {

    private final Grants grants;
    private final Payments payments;

    GrantController(Grants grants, Payments payments) {
        this.grants = grants;
        this.payments = payments;
    }

    @GetMapping("/api/collaboration/grants/{reference}")
    @Operation(summary = "A grant, for its partners and the funder: amount, conditions, paid, spent, recovered")
    GrantView get(@PathVariable String reference, SignedInPerson person) {
        return grants.view(reference, person);
    }

    @PostMapping("/api/collaboration/grants/{reference}/milestones/{number}/report")
    @Operation(summary = "Lead provider: the progress and spend report for a milestone, with who took part and how")
    ProgressReport.ReportView report(@PathVariable String reference, @PathVariable int number,
            @Valid @RequestBody ReportRequest report, SignedInPerson lead) {
        return payments.submit(reference, number, report, lead);
    }

    @GetMapping("/api/collaboration/grants/{reference}/reports")
    List<ProgressReport.ReportView> reports(@PathVariable String reference, SignedInPerson person) {
        return payments.reports(reference, person);
    }
}
