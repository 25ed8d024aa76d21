package scot.commissioningflow.fairwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    private final FairWorkAssessor assessor;
    private final StoredFairWorkCheckRepository checks;
    private final Clock clock;

    FairWorkChecks(FairWorkAssessor assessor, StoredFairWorkCheckRepository checks, Clock clock) {
        this.assessor = assessor;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * @param processInstanceKey the process that asked, or null when asked through the API
     * @throws InvalidInput listing every missing or malformed input
     * @throws ReferenceDataNotHeld when no pay floor or criterion rule covers the start date
     */
    @Transactional
    public FairWorkCheckResult check(Object checkKey, Object context, Object contractStartDate, Object declaration,
            Long processInstanceKey) {
        if (checkKey != null) {
            var stored = checks.findByCheckKey(checkKey.toString());
            if (stored.isPresent()) {
                FairWorkCheckResult result = stored.get().view();
                if (!result.context().name().equals(String.valueOf(context))
                        || !result.contractStartDate().toString().equals(String.valueOf(contractStartDate))) {
                    // A key reused for a different check is the caller's mistake; the first answer stands.
                    log.warn("Fair work check {} was made for {} starting {}, not {} starting {}; answering with the"
                            + " stored result", checkKey, result.context(), result.contractStartDate(), context,
                            contractStartDate);
                } else {
                    log.info("Fair work check {} was already made; answering with the stored result", checkKey);
                }
                return result;
            }
        }
        FairWorkCheckRequest request = CheckRequestReader.read(checkKey, context, contractStartDate, declaration,
                assessor::grantFundingNeeded);
        var assessment = assessor.assess(request);
        StoredFairWorkCheck check = checks.save(
                new StoredFairWorkCheck(request, assessment, processInstanceKey, now()));
        log.info("Fair work check {} for {}: {}", request.checkKey(), request.context(), assessment.outcome());
        return check.view();
    }

    /** Convenience for callers holding the declaration as a map, as the engine hands it over. */
    public FairWorkCheckResult check(String checkKey, FairWorkContext context, LocalDate startDate,
            Map<String, Object> declaration) {
        return check(checkKey, context == null ? null : context.name(), startDate == null ? null : startDate.toString(),
                declaration, null);
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
