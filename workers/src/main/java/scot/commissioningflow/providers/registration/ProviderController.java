package scot.commissioningflow.providers.registration;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderRegistration;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.providers.ProviderView;

@RestController
@RequestMapping("/api/providers")
@Tag(name = "Providers", description = "The register of care providers")
class ProviderController {

    private final ProviderRegister register;

    ProviderController(ProviderRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Ask to register a provider: a provider user their own organisation, procurement staff any;"
            + " starts the registration check and a procurement officer's review")
    ResponseEntity<ProviderRegister.RegistrationStarted> register(SignedInPerson person,
            @Valid @RequestBody ProviderRegistration request) {
        var started = register.register(request, person);
        return ResponseEntity.accepted().location(URI.create("/api/providers/" + started.reference())).body(started);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One provider in the register, with its Care Inspectorate check and the decision")
    ProviderView get(SignedInPerson person, @PathVariable String reference) {
        return register.getFor(person, reference);
    }

    @GetMapping
    @Operation(summary = "Every provider by name, or only those with a status; a provider user sees their own")
    List<ProviderView> list(SignedInPerson person, @RequestParam(required = false) ProviderStatus status) {
        return register.listFor(person, status);
    }
}
