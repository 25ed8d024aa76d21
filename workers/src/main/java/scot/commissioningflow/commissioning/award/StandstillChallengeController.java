package scot.commissioningflow.commissioning.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.award.StandstillChallenge.ChallengeView;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * Standstill challenges: a provider challenges the award on the opportunity; the commissioner sees them on the tender.
 */
@RestController
@Tag(name = "Standstill challenges", description = "Challenges to an award while standstill runs")
class StandstillChallengeController {

    private final StandstillChallenges challenges;

    StandstillChallengeController(StandstillChallenges challenges) {
        this.challenges = challenges;
    }

    record Challenge(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotBlank @Size(max = TextLimits.STATEMENT, message = TextLimits.STATEMENT_TOO_LONG) String grounds) {
    }

    @PostMapping("/api/opportunities/{reference}/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Challenge the award decision for your own provider while standstill runs")
    ChallengeView challenge(@PathVariable String reference, @Valid @RequestBody Challenge challenge,
            SignedInPerson person) {
        return challenges.receive(reference, challenge.providerReference(), challenge.grounds(), person);
    }

    @GetMapping("/api/tenders/{reference}/challenges")
    @Operation(summary = "Standstill challenges and their outcomes; a provider sees only its own")
    List<ChallengeView> challenges(@PathVariable String reference, SignedInPerson person) {
        return challenges.of(reference, person);
    }
}
