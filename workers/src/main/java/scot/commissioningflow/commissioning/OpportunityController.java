package scot.commissioningflow.commissioning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.Clarification.ClarificationView;
import scot.commissioningflow.commissioning.StandstillChallenge.ChallengeView;

/** Providers: find open opportunities, ask, respond, and challenge an award during standstill. */
@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "Tenders open to providers")
class OpportunityController {

    private final Opportunities opportunities;
    private final Awards awards;

    OpportunityController(Opportunities opportunities, Awards awards) {
        this.opportunities = opportunities;
        this.awards = awards;
    }

    record InterestRequest(@NotBlank String providerReference, @NotBlank String providerName,
            @NotBlank @Email String contactEmail) {
    }

    record Question(@NotBlank String providerReference, @NotBlank String question) {
    }

    record Challenge(@NotBlank String providerReference, @NotBlank String grounds) {
    }

    @GetMapping
    @Operation(summary = "Tenders open for responses now")
    List<Opportunities.Opportunity> open() {
        return opportunities.open();
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One opportunity with every clarification answer given so far")
    Opportunities.Opportunity get(@PathVariable String reference) {
        return opportunities.get(reference);
    }

    @PostMapping("/{reference}/interest")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void interest(@PathVariable String reference, @Valid @RequestBody InterestRequest request) {
        opportunities.registerInterest(reference, new Opportunities.Interest(request.providerReference(),
                request.providerName(), request.contactEmail()));
    }

    @PostMapping("/{reference}/clarifications")
    @ResponseStatus(HttpStatus.CREATED)
    ClarificationView ask(@PathVariable String reference, @Valid @RequestBody Question question) {
        return opportunities.ask(reference, question.providerReference(), question.question());
    }

    @PostMapping("/{reference}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a response; refused after the deadline, sealed until it has passed")
    Opportunities.Receipt respond(@PathVariable String reference, @Valid @RequestBody ResponseRequest response,
            @RequestHeader(name = "X-User", defaultValue = "anonymous") String user) {
        return opportunities.respond(reference, response, user);
    }

    @PostMapping("/{reference}/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Challenge the award decision while standstill runs")
    ChallengeView challenge(@PathVariable String reference, @Valid @RequestBody Challenge challenge) {
        return awards.challenge(reference, challenge.providerReference(), challenge.grounds());
    }
}
