package scot.commissioningflow.referencedata;

import java.time.Instant;

/** Who changed which field of which reference figure, when, from what to what, and why. */
public record ReferenceChangeView(Long id, String dataSet, long recordId, String field, String oldValue,
        String newValue, String changedBy, Instant changedAt, String reason) {
}
