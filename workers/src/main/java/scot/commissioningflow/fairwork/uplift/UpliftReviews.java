package scot.commissioningflow.fairwork.uplift;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.NotFound;

/**
 * The yearly pay uplift review as a process: find the live contracts a new pay floor leaves short, then a
 * commissioner agrees the uplifts (or not) with reasons. Each step is keyed by the review key.
 */
@Service
public class UpliftReviews {

    static final String PROCESS = "pay-uplift-review";
    static final List<String> DECISIONS = List.of("AGREED", "NOT_AGREED");

    private static final Logger log = LoggerFactory.getLogger(UpliftReviews.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final PayUplifts uplifts;
    private final StoredUpliftReviewRepository reviews;
    private final ProcessEngine engine;
    private final ObjectMapper json;
    private final Clock clock;

    UpliftReviews(PayUplifts uplifts, StoredUpliftReviewRepository reviews, ProcessEngine engine, ObjectMapper json,
            Clock clock) {
        this.uplifts = uplifts;
        this.reviews = reviews;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    public record ReviewStarted(String reviewKey, long processInstanceKey) {
    }

    public ReviewStarted start(LocalDate effectiveFrom) {
        String key = "UPLIFT-" + effectiveFrom + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long instance = engine.start(PROCESS, key, Map.of("upliftReviewKey", key,
                "upliftEffectiveFrom", effectiveFrom.toString()));
        return new ReviewStarted(key, instance);
    }

    /** Finds the contracts needing an uplift once per review key; asked again, answers with what it found then. */
    @Transactional
    Map<String, Object> find(String reviewKey, LocalDate effectiveFrom, long processInstanceKey) {
        StoredUpliftReview review = reviews.findByReviewKey(reviewKey).orElseGet(() -> {
            Map<String, Object> found = json.convertValue(uplifts.forLiveContracts(effectiveFrom), MAP);
            log.info("Pay uplift review {}: {}", reviewKey, found.get("summary"));
            return reviews.save(new StoredUpliftReview(reviewKey, effectiveFrom, found, processInstanceKey,
                    clock.instant()));
        });
        Map<String, Object> found = review.review();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("upliftSummary", found.get("summary"));
        variables.put("upliftsNeeded", found.get("upliftsNeeded"));
        variables.put("upliftCount", ((List<?>) found.get("upliftsNeeded")).size());
        return variables;
    }

    @Transactional
    void decide(String reviewKey, String decision, String notes, String by) {
        StoredUpliftReview review = reviews.findByReviewKey(reviewKey).orElseThrow(() -> new IllegalStateException(
                "Pay uplift review " + reviewKey + " has not been recorded yet"));
        if (review.decided()) {
            return;
        }
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("upliftDecision must be one of " + DECISIONS + ", not " + decision);
        }
        review.decide(decision, notes, by, clock.instant());
        log.info("Pay uplift review {} decided by {}: {}", reviewKey, by, decision);
    }

    @Transactional(readOnly = true)
    public UpliftReviewRecord get(String reviewKey) {
        return reviews.findByReviewKey(reviewKey).map(StoredUpliftReview::view)
                .orElseThrow(() -> new NotFound("There is no pay uplift review " + reviewKey + "."));
    }
}
