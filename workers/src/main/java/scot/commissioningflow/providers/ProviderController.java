package scot.commissioningflow.providers;

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

@RestController
@RequestMapping("/api/providers")
@Tag(name = "Providers", description = "The register of care providers")
class ProviderController {

    private final ProviderRegister register;

    ProviderController(ProviderRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Ask to register as a provider; starts the registration check and review")
    ResponseEntity<ProviderRegister.RegistrationStarted> register(@Valid @RequestBody ProviderRegistration request) {
        var started = register.register(request);
        return ResponseEntity.accepted().location(URI.create("/api/providers/" + started.reference())).body(started);
    }

    @GetMapping("/{reference}")
    ProviderView get(@PathVariable String reference) {
        return register.get(reference);
    }

    @GetMapping
    List<ProviderView> list(@RequestParam(required = false) ProviderStatus status) {
        return register.list(status);
    }
}
