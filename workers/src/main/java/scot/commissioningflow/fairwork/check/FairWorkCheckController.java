package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.fairwork.referencedata.CriterionView;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;
import scot.commissioningflow.fairwork.referencedata.PayRateView;

@RestController
@RequestMapping("/api/fair-work")
@Tag(name = "Fair work", description = "Pay floors and Fair Work First checks")
class FairWorkCheckController {

    private final FairWorkChecks checks;

    FairWorkCheckController(FairWorkChecks checks) {
        this.checks = checks;
    }

    // Read as a tree, so that each wrong field is answered with its name and what it must be.
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = FairWorkCheckRequest.class)))
    @PostMapping("/checks")
    @Operation(summary = "Check a fair work declaration; the same fairWorkCheckKey answers with the stored result",
            description = "Body: fairWorkCheckKey, fairWorkContext, contractStartDate, fairWorkDeclaration, as for"
                    + " the check-fair-work job.")
    FairWorkCheckResult check(@RequestBody JsonNode body) {
        return checks.check(body, null);
    }

    @GetMapping("/checks/{checkKey}")
    @Operation(summary = "A stored fair work check with its results and any officer's review")
    FairWorkCheckResult get(@PathVariable String checkKey) {
        return checks.get(checkKey);
    }
}
