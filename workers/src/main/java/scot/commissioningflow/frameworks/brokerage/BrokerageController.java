package scot.commissioningflow.frameworks.brokerage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/** Care package brokerage for social workers, invited providers, and the person or their representative. */
@RestController
@RequestMapping("/api/care-packages")
@Tag(name = "Care package brokerage", description = "One person's package offered to a framework lot's providers")
class BrokerageController {

    private final Brokerage brokerage;

    BrokerageController(Brokerage brokerage) {
        this.brokerage = brokerage;
    }

    @PostMapping
    @Operation(summary = "Social worker: post a person's care package to every eligible provider on a lot")
    ResponseEntity<Brokerage.Posted> post(@Valid @RequestBody NewCarePackage request, SignedInPerson person) {
        var posted = brokerage.post(request, person);
        return ResponseEntity.created(URI.create("/api/care-packages/" + posted.reference())).body(posted);
    }

    @GetMapping
    @Operation(summary = "The packages the signed-in person may see: a person their own, a provider those it was"
            + " sent, council staff their council's")
    List<CarePackageView> list(SignedInPerson person) {
        return brokerage.visibleTo(person);
    }

    @GetMapping("/{reference}")
    CarePackageView get(@PathVariable String reference, SignedInPerson person) {
        return brokerage.get(reference, person);
    }

    @PostMapping("/{reference}/offers")
    @Operation(summary = "Invited provider: offer for the package before offers close")
    ResponseEntity<OfferView> offer(@PathVariable String reference, @Valid @RequestBody OfferRequest request,
            SignedInPerson person) {
        return ResponseEntity.status(HttpStatus.CREATED).body(brokerage.offer(reference, request, person));
    }

    @GetMapping("/{reference}/offers")
    @Operation(summary = "The offers: a provider its own; the person and council staff all, ranked, once offers"
            + " have closed")
    List<OfferView> offers(@PathVariable String reference, SignedInPerson person) {
        return brokerage.offers(reference, person);
    }

    @PostMapping("/{reference}/award")
    @Operation(summary = "Social worker, with the person: accept one offer (another than the first needs the"
            + " reason)")
    CarePackageView award(@PathVariable String reference, @Valid @RequestBody AwardChoice choice,
            SignedInPerson person) {
        return brokerage.award(reference, choice, person);
    }
}
