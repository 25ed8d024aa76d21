package scot.commissioningflow.collaboration.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/** Funding rounds: opened by the funder, published to every signed-in person so providers can apply. */
@RestController
@RequestMapping("/api/collaboration/rounds")
@Tag(name = "Collaboration funding", description = "Funding rounds for provider collaboration")
class RoundController {

    private final Rounds rounds;

    RoundController(Rounds rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    @Operation(summary = "Funder (commissioner or procurement lead): announce a funding round for your organisation")
    ResponseEntity<RoundView> open(@Valid @RequestBody RoundRequest request, SignedInPerson funder) {
        RoundView round = rounds.open(request, funder);
        return ResponseEntity.created(URI.create("/api/collaboration/rounds/" + round.reference())).body(round);
    }

    @GetMapping
    @Operation(summary = "Every funding round, latest first: budget, criteria, eligibility rules and dates")
    List<RoundView> list() {
        return rounds.all();
    }

    @GetMapping("/{reference}")
    RoundView get(@PathVariable String reference) {
        return rounds.view(reference);
    }
}
