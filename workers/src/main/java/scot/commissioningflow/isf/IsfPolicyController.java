package scot.commissioningflow.isf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/isf-policies")
@Tag(name = "ISF policy", description = "Review thresholds, notice and review periods, effective from a date")
class IsfPolicyController {

    private final IsfPolicies policies;

    IsfPolicyController(IsfPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    List<IsfPolicyView> all() {
        return policies.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commissioner: a new version of the ISF rules from a date, with the reason")
    IsfPolicyView record(@Valid @RequestBody NewIsfPolicy version, Caller caller) {
        if (!caller.is(CallerRole.COMMISSIONER)) {
            throw new Forbidden("Only a commissioner can change the ISF policy.");
        }
        return policies.record(version, caller);
    }
}
