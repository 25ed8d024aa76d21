package scot.commissioningflow.commissioning.tender;

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

/**
 * Commissioners: record a need and follow its tender. Questions, scores, the award and challenges each have their
 * own controller beside the stage they belong to, under the same /api/tenders paths.
 */
@RestController
@RequestMapping("/api/tenders")
@Tag(name = "Tenders", description = "Commissioning a service: from need and outcomes to a live contract")
class TenderController {

    private final Tenders tenders;

    TenderController(Tenders tenders) {
        this.tenders = tenders;
    }

    @PostMapping
    @Operation(summary = "Record a need, its outcomes and who shaped them; starts the tender process")
    ResponseEntity<TenderView> create(@Valid @RequestBody TenderRequest request, SignedInPerson person) {
        TenderView created = tenders.create(request, person);
        return ResponseEntity.created(URI.create("/api/tenders/" + created.reference())).body(created);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A tender as the buying council's staff follow it")
    TenderView get(@PathVariable String reference, SignedInPerson person) {
        return tenders.get(reference, person);
    }
}
