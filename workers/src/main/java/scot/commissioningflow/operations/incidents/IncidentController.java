package scot.commissioningflow.operations.incidents;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "Processes stopped at a step: the process, the record it is about and the reason")
    List<Incident> open() {
        return incidents.open();
    }

    @PostMapping("/{key}/retry")
    @Operation(summary = "Try the stopped step again, once its cause is fixed")
    Incident retry(@PathVariable long key, SignedInPerson person) {
        return incidents.retry(key, person);
    }
}
