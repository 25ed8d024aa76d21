package scot.commissioningflow.frameworks.agreement;

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
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.Reason;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/frameworks")
@Tag(name = "Frameworks", description = "National framework agreements and their lots")
class FrameworkController {

    private final FrameworkAgreements agreements;

    FrameworkController(FrameworkAgreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping
    @Operation(summary = "Set up a framework with its lots for your organisation and open it for applications; a term"
            + " over four years needs an exceptional reason")
    ResponseEntity<Framework> setUp(SignedInPerson person, @Valid @RequestBody FrameworkSetUp setUp) {
        Framework framework = agreements.setUp(setUp, person);
        return ResponseEntity.created(URI.create("/api/frameworks/" + framework.reference())).body(framework);
    }

    @GetMapping
    @Operation(summary = "Every framework, newest first, with its lots")
    List<Framework> list() {
        return agreements.list();
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One framework with its lots, status and term")
    Framework get(@PathVariable String reference) {
        return agreements.get(reference);
    }

    @PostMapping("/{reference}/reopening")
    @Operation(summary = "Reopen a live framework for new entrants now (its procurement staff)")
    ResponseEntity<Void> reopen(SignedInPerson person, @PathVariable String reference,
            @Valid @RequestBody Reason reason) {
        agreements.reopen(reference, reason.reason(), person);
        return ResponseEntity.accepted().build();
    }
}
