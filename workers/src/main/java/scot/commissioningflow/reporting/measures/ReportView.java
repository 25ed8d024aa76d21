package scot.commissioningflow.reporting.measures;

import java.time.Instant;

/**
 * A flexibility report as those entitled to it see it.
 *
 * @param area         the council or partnership code, or null for Scotland
 * @param rowsDone     rows written so far
 * @param rowsExpected rows the workbook will have, once counted; null before
 * @param download     where to download the workbook once it is ready; null before
 */
public record ReportView(String reportKey, String period, String area, ReportStatus status, long rowsDone,
        Long rowsExpected, String requestedBy, Instant requestedAt, Instant finishedAt, Long sizeBytes,
        String download) {
}
