package scot.commissioningflow.isf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * The ISF policy at the address commissioners know, served by the reference-data mechanism
 * ({@code /api/reference-data/isf-policies} is the same data).
 */
@RestController
@RequestMapping("/api/isf-policies")
@Tag(name = "ISF policy", description = "Review thresholds, notice and review periods, effective from a date")
class IsfPolicyController {

    private final ReferenceData referenceData;

    IsfPolicyController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping
    List<?> all() {
        return referenceData.list(IsfPolicies.DATASET);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(
            allOf = {scot.commissioningflow.referencedata.PeriodEntry.class, IsfPolicy.Figures.class})))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Administrator: a new version of the ISF rules from a date, with the reason",
            description = "The council's policy is its own decision: when no sourceNote is given, the reason is"
                    + " kept as its source.")
    Object record(@RequestBody ObjectNode version, SignedInPerson person) {
        if (!version.hasNonNull("sourceNote")) {
            version.set("sourceNote", version.get("reason"));
        }
        return referenceData.add(IsfPolicies.DATASET, version, person);
    }
}
