package scot.commissioningflow.fairwork;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.fairwork.ReferenceDataRequests.CriterionRuleChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.GrantDeclarationLimitChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewGrantDeclarationLimit;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewPayFloorRule;
import scot.commissioningflow.fairwork.ReferenceDataRequests.PayFloorRuleChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewCriterionRule;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewOnCostRate;
import scot.commissioningflow.fairwork.ReferenceDataRequests.NewPayRate;
import scot.commissioningflow.fairwork.ReferenceDataRequests.OnCostRateChange;
import scot.commissioningflow.fairwork.ReferenceDataRequests.PayRateChange;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The fair work reference figures, kept by whoever looks after rates (a commissioning or finance officer). A change
 * is posted as a new resource under the figure, with a reason, so the audit trail reads as a history of decisions.
 */
@RestController
@RequestMapping("/api/fair-work/reference-data")
@Tag(name = "Fair work reference data", description = "Effective-dated pay rates, on-costs and criterion rules")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/pay-rates")
    List<PayRateView> payRates() {
        return referenceData.payRates();
    }

    @PostMapping("/pay-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rate for a new period; an open period before it is ended the day before")
    PayRateView addPayRate(@Valid @RequestBody NewPayRate request, @RequestHeader(name = "X-User", required = false)
            String user) {
        return referenceData.addPayRate(request, person(user));
    }

    @PostMapping("/pay-rates/{id}/changes")
    @Operation(summary = "Change a rate's figure, period or source note, with a reason")
    PayRateView changePayRate(@PathVariable long id, @Valid @RequestBody PayRateChange change,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.changePayRate(id, change, person(user));
    }

    @GetMapping("/on-cost-rates")
    List<OnCostRateView> onCostRates() {
        return referenceData.onCostRates();
    }

    @PostMapping("/on-cost-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an on-cost percentage for a new period")
    OnCostRateView addOnCostRate(@Valid @RequestBody NewOnCostRate request,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.addOnCostRate(request, person(user));
    }

    @PostMapping("/on-cost-rates/{id}/changes")
    OnCostRateView changeOnCostRate(@PathVariable long id, @Valid @RequestBody OnCostRateChange change,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.changeOnCostRate(id, change, person(user));
    }

    @GetMapping("/criterion-rules")
    List<CriterionRuleView> criterionRules() {
        return referenceData.criterionRules();
    }

    @PostMapping("/criterion-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Say from a date whether a criterion is mandatory or scored in a context")
    CriterionRuleView addCriterionRule(@Valid @RequestBody NewCriterionRule request,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.addCriterionRule(request, person(user));
    }

    @PostMapping("/criterion-rules/{id}/changes")
    CriterionRuleView changeCriterionRule(@PathVariable long id, @Valid @RequestBody CriterionRuleChange change,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.changeCriterionRule(id, change, person(user));
    }

    @GetMapping("/criteria")
    @Operation(summary = "The seven Fair Work First criteria")
    List<CriterionView> criteria() {
        return referenceData.criteria();
    }

    @GetMapping("/pay-floor-rules")
    @Operation(summary = "Which rates set the pay floor for direct care and for sleepover hours, by period")
    List<PayFloorRuleView> payFloorRules() {
        return referenceData.payFloorRules();
    }

    @PostMapping("/pay-floor-rules")
    @ResponseStatus(HttpStatus.CREATED)
    PayFloorRuleView addPayFloorRule(@Valid @RequestBody NewPayFloorRule request,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.addPayFloorRule(request, person(user));
    }

    @PostMapping("/pay-floor-rules/{id}/changes")
    PayFloorRuleView changePayFloorRule(@PathVariable long id, @Valid @RequestBody PayFloorRuleChange change,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.changePayFloorRule(id, change, person(user));
    }

    @GetMapping("/grant-declaration-limits")
    @Operation(summary = "The cumulative grant funding below which a self-declaration is enough, by period")
    List<GrantDeclarationLimitView> grantDeclarationLimits() {
        return referenceData.grantDeclarationLimits();
    }

    @PostMapping("/grant-declaration-limits")
    @ResponseStatus(HttpStatus.CREATED)
    GrantDeclarationLimitView addGrantDeclarationLimit(@Valid @RequestBody NewGrantDeclarationLimit request,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.addGrantDeclarationLimit(request, person(user));
    }

    @PostMapping("/grant-declaration-limits/{id}/changes")
    GrantDeclarationLimitView changeGrantDeclarationLimit(@PathVariable long id,
            @Valid @RequestBody GrantDeclarationLimitChange change,
            @RequestHeader(name = "X-User", required = false) String user) {
        return referenceData.changeGrantDeclarationLimit(id, change, person(user));
    }

    @GetMapping("/changes")
    @Operation(summary = "The audit trail: who changed which figure, when, from what to what, and why")
    List<ReferenceChangeView> changes(@RequestParam(required = false) String dataSet,
            @RequestParam(required = false) Long recordId) {
        return referenceData.changes(dataSet, recordId);
    }

    private static String person(String user) {
        if (user == null || user.isBlank()) {
            throw new InvalidInput("X-User", "X-User must name the person making the change, for the audit trail");
        }
        return user;
    }
}
