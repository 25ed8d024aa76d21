package scot.commissioningflow.operations.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.operations.clock.TrialClock.Move;
import scot.commissioningflow.operations.clock.TrialClock.TimeInTrial;

@RestController
@RequestMapping("/api/trial/clock")
@Tag(name = "Trial time", description = "Moving time forward in a trial on the embedded engine")
class TrialClockController {

    private final TrialClock clock;

    TrialClockController(TrialClock clock) {
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The product's time, whether it can be moved here, and how many days it has been moved")
    TimeInTrial now() {
        return clock.now();
    }

    @PostMapping
    @Operation(summary = "Move the embedded engine's clock and the product's forward by whole days (1 to 60), so"
            + " that deadlines and timers due in that time pass; refused (409) against a Camunda cluster")
    TimeInTrial moveForward(@RequestBody Move move, SignedInPerson person) {
        return clock.moveForward(move, person);
    }
}
