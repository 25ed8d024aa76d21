package scot.commissioningflow.frameworks.calloff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/** Call-offs from framework lots, for commissioners and the lot members invited to a mini-competition. */
@RestController
@RequestMapping("/api/call-offs")
@Tag(name = "Call-offs", description = "Buying from a framework: direct award or mini-competition")
class CallOffController {

    private final CallOffs callOffs;

    CallOffController(CallOffs callOffs) {
        this.callOffs = callOffs;
    }

    @PostMapping
    @Operation(summary = "Commissioner: call off from a framework lot, by direct award or mini-competition")
    ResponseEntity<CallOffs.Requested> request(@Valid @RequestBody NewCallOff request, SignedInPerson person) {
        var requested = callOffs.request(request, person);
        return ResponseEntity.created(URI.create("/api/call-offs/" + requested.reference())).body(requested);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A call-off: its council's staff see all of it, an invited provider its own response")
    CallOffView get(@PathVariable String reference, SignedInPerson person) {
        return callOffs.get(reference, person);
    }

    @PostMapping("/{reference}/responses")
    @Operation(summary = "Invited lot member: respond to a mini-competition before responses close")
    CallOffView respond(@PathVariable String reference, @Valid @RequestBody CallOffResponseRequest request,
            SignedInPerson person) {
        return callOffs.respond(reference, request, person);
    }

    @PostMapping("/{reference}/award")
    @Operation(summary = "Commissioner: mark the responses and award the mini-competition on the framework's"
            + " weights")
    CallOffView award(@PathVariable String reference, @Valid @RequestBody AwardDecision decision,
            SignedInPerson person) {
        return callOffs.decideAward(reference, decision, person);
    }
}
