package scot.commissioningflow.operations.resumption;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/resumptions")
class ResumptionController {

    private final Resumptions resumptions;

    ResumptionController(Resumptions resumptions) {
        this.resumptions = resumptions;
    }

    @GetMapping
    @Operation(summary = "Records whose process the engine lost at a restart: resumed before the step they had "
            + "reached, or not resumed, with the reason (outcome=NOT_RESUMED lists what an officer must act on)")
    List<Resumption> list(@RequestParam(required = false) Outcome outcome) {
        return resumptions.list(outcome);
    }
}
