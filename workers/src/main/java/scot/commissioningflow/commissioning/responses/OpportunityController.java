package scot.commissioningflow.commissioning.responses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Providers: find open opportunities and respond. Interest and questions are with clarifications, challenges with
 * the award, under the same /api/opportunities paths.
 */
@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "Tenders open to providers")
class OpportunityController {

    private final Opportunities opportunities;

    OpportunityController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @GetMapping
    @Operation(summary = "Tenders open for responses now (public notices: no sign-in needed)")
    List<Opportunities.Opportunity> open() {
        return opportunities.open();
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One opportunity with every clarification answer given so far")
    Opportunities.Opportunity get(@PathVariable String reference) {
        return opportunities.get(reference);
    }

    @PostMapping("/{reference}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a response for your own provider; refused after the deadline, sealed until it has"
            + " passed")
    Opportunities.Receipt respond(@PathVariable String reference, @Valid @RequestBody ResponseRequest response,
            SignedInPerson person) {
        return opportunities.respond(reference, response, person);
    }
}
