package scot.commissioningflow.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.web.PagedModel;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Validated
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Decisions in the audit trail, newest first, optionally for one record, action or person "
            + "(administrators and procurement staff)")
    PagedModel<AuditedDecision> search(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectReference, @RequestParam(required = false) String action,
            @RequestParam(required = false) String who, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return new PagedModel<>(trail.search(subjectType, subjectReference, action, who, page, size));
    }
}
