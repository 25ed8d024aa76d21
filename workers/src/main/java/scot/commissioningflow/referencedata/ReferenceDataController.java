package scot.commissioningflow.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Every dataset of dated figures, one shape: list the periods, add one, correct one, end the open one, and read the
 * audit trail. Each dataset names who keeps it (the administrator, or the procurement lead for the procurement
 * thresholds); every change carries a reason, so the audit trail reads as a history of decisions.
 */
@RestController
@RequestMapping("/api/reference-data")
@Tag(name = "Reference data", description = "Effective-dated figures: pay rates, on-costs, criterion rules, "
        + "procurement thresholds, bank holidays, ISF policies")
class ReferenceDataController {

    /** Each dataset has fields of its own, so these bodies are typed only in the fields every dataset shares. */
    private static final String PERIOD_AND_FIGURES = "The period's fields, with the figure fields of the dataset named"
            + " in the path, as GET /api/reference-data/{dataset} shows them.";

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping
    @Operation(summary = "The names of the datasets")
    List<String> datasets() {
        return referenceData.datasetNames();
    }

    @GetMapping("/{dataset}")
    @Operation(summary = "Every period of every series of the dataset")
    List<?> list(@PathVariable String dataset) {
        return referenceData.list(dataset);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = PERIOD_AND_FIGURES + " Adding also names the series.",
            content = @Content(
                    schema = @Schema(allOf = PeriodEntry.class, additionalProperties = AdditionalPropertiesValue.TRUE)))
    @PostMapping("/{dataset}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a period: effectiveFrom, effectiveTo (optional), sourceNote, reason and the dataset's"
            + " own fields; an open period before it is ended the day before")
    Object add(@PathVariable String dataset, @RequestBody JsonNode body, SignedInPerson person) {
        return referenceData.add(dataset, body, person);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = PERIOD_AND_FIGURES + " A correction cannot move a figure to another series.",
            content = @Content(
                    schema = @Schema(allOf = PeriodEntry.class, additionalProperties = AdditionalPropertiesValue.TRUE)))
    @PostMapping("/{dataset}/{id}/changes")
    @Operation(summary = "Correct a period's dates, figures or source note, with a reason")
    Object change(@PathVariable String dataset, @PathVariable long id, @RequestBody JsonNode body,
            SignedInPerson person) {
        return referenceData.change(dataset, id, body, person);
    }

    @PostMapping("/{dataset}/{id}/end")
    @Operation(summary = "End an open period on a day, with a reason")
    Object end(@PathVariable String dataset, @PathVariable long id, @Valid @RequestBody PeriodEnd end,
            SignedInPerson person) {
        return referenceData.end(dataset, id, end, person);
    }

    @GetMapping("/{dataset}/changes")
    @Operation(summary = "The audit trail: who changed which field of which figure, when, from what to what, and why")
    List<ReferenceChangeView> changes(@PathVariable String dataset, @RequestParam(required = false) Long recordId) {
        return referenceData.changes(dataset, recordId);
    }
}
