package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Checks a provider's fair work declaration and keeps the result under the caller's key: asked again with the same
 * key, it answers with the stored result instead of checking again, whatever the declaration now says.
 */
@Service
public class FairWorkChecks {

    private static final Logger log = LoggerFactory.getLogger(FairWorkChecks.class);

    private final CheckInputs inputs;
    private final FairWorkAssessor assessor;
    private final StoredFairWorkCheckRepository checks;
    private final Clock clock;

    FairWorkChecks(CheckInputs inputs, FairWorkAssessor assessor, StoredFairWorkCheckRepository checks,
            Clock clock) {
        this.inputs = inputs;
        this.assessor = assessor;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Reads the check's inputs (the job's variables or the API's body) and checks the declaration, or answers with
     * the result already stored under its key.
     *
     * @param processInstanceKey the process that asked, or null when asked through the API
     * @throws InvalidInput listing every missing or malformed input at once
     * @throws ReferenceDataNotHeld when no pay floor or criterion rule covers the start date
     */
    @Transactional
    public FairWorkCheckResult check(JsonNode input, Long processInstanceKey) {
        JsonNode key = input.path("fairWorkCheckKey");
        if (key.isValueNode() && !key.asText().isBlank()) {
            var stored = checks.findByCheckKey(key.asText());
            if (stored.isPresent()) {
                return storedAgain(stored.get().view(), input);
            }
        }
        FairWorkCheckRequest request = inputs.read(input);
        var assessment = assessor.assess(request);
        StoredFairWorkCheck check = checks.save(
                new StoredFairWorkCheck(request, assessment, processInstanceKey, now()));
        log.info("Fair work check {} for {}: {}", request.fairWorkCheckKey(), request.fairWorkContext(),
                assessment.outcome());
        return check.view();
    }

    /** For callers holding the declaration as the JSON object a form gave. */
    public FairWorkCheckResult check(String checkKey, FairWorkContext context, LocalDate startDate,
            Map<String, Object> declaration) {
        Map<String, Object> input = new HashMap<>();
        input.put("fairWorkCheckKey", checkKey);
        input.put("fairWorkContext", context);
        input.put("contractStartDate", startDate == null ? null : startDate.toString());
        input.put("fairWorkDeclaration", declaration);
        return check(TypedReader.tree(input), null);
    }

    private static FairWorkCheckResult storedAgain(FairWorkCheckResult result, JsonNode input) {
        String context = input.path("fairWorkContext").asText();
        String startDate = input.path("contractStartDate").asText();
        if (!result.context().name().equals(context) || !result.contractStartDate().toString().equals(startDate)) {
            // A key reused for a different check is the caller's mistake; the first answer stands.
            log.warn("Fair work check {} was made for {} starting {}, not {} starting {}; answering with the"
                    + " stored result", result.checkKey(), result.context(), result.contractStartDate(), context,
                    startDate);
        } else {
            log.info("Fair work check {} was already made; answering with the stored result", result.checkKey());
        }
        return result;
    }

    /**
     * Records a procurement officer's decision on a check the declaration did not evidence. Recording the same
     * review again changes nothing.
     */
    @Transactional
    public FairWorkCheckResult recordReview(String checkKey, Verdict decision, String notes, String reviewedBy) {
        StoredFairWorkCheck check = checks.findByCheckKey(checkKey)
                .orElseThrow(() -> new NotFound("There is no fair work check " + checkKey + "."));
        if (check.reviewed()) {
            return check.view();
        }
        if (check.outcome() != Verdict.NOT_EVIDENCED) {
            throw new Conflict("Fair work check " + checkKey + " is " + check.outcome()
                    + " and needs no officer's review.");
        }
        if (decision != Verdict.MET && decision != Verdict.NOT_MET) {
            throw new InvalidInput("fairWorkReviewDecision", "fairWorkReviewDecision must be MET or NOT_MET");
        }
        check.review(decision, notes, reviewedBy, now());
        log.info("Fair work check {} reviewed by {}: {}", checkKey, reviewedBy, decision);
        return check.view();
    }

    /**
     * To the second, so a result read back equals the one first returned on every supported database: MariaDB 10.x
     * announces itself to Connector/J as MySQL 5.5.5, and the driver then drops fractions of a second.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Transactional(readOnly = true)
    public FairWorkCheckResult get(String checkKey) {
        return checks.findByCheckKey(checkKey).map(StoredFairWorkCheck::view)
                .orElseThrow(() -> new NotFound("There is no fair work check " + checkKey + "."));
    }
}
