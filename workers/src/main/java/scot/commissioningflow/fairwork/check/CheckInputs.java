package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * Reads a check's inputs as they arrive from a process or the API, collecting every problem before refusing, so
 * whoever corrects the declaration sees all the missing and malformed fields at once. Whether a grant needs its
 * cumulative funding depends on the reference data in force, so that rule is checked here too.
 */
@Component
class CheckInputs {

    private static final String GRANT_FUNDING = "fairWorkDeclaration.cumulativeGrantFunding";

    private final FairWorkAssessor assessor;

    CheckInputs(FairWorkAssessor assessor) {
        this.assessor = assessor;
    }

    /** @throws InvalidInput listing every missing or malformed input */
    FairWorkCheckRequest read(JsonNode input) {
        var reading = TypedReader.read(input, FairWorkCheckRequest.class);
        List<FieldProblem> problems = new ArrayList<>(reading.problems());
        FairWorkCheckRequest request = reading.value();
        if (request != null && request.fairWorkContext() != null && request.contractStartDate() != null
                && request.fairWorkDeclaration() != null
                && request.fairWorkDeclaration().cumulativeGrantFunding() == null
                && assessor.grantFundingNeeded(request.fairWorkContext(), request.contractStartDate())) {
            problems.add(new FieldProblem(GRANT_FUNDING, GRANT_FUNDING + " is required for a grant, to judge"
                    + " whether a self-declaration is enough"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return request;
    }
}
