package scot.commissioningflow.reporting.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code flexibility_report} table. Progress is written in short transactions of its own, never inside a long
 * one, so that it can be read while the workbook is still being written; the finished workbook is streamed into the
 * row from a temporary file, never held whole in memory.
 */
@Repository
class ReportStore {

    private static final String COLUMNS = "report_key, period_label, area, status, rows_done, rows_expected,"
            + " requested_by, requested_at, finished_at, size_bytes";

    record StoredReport(String reportKey, String period, String area, ReportStatus status, long rowsDone,
            Long rowsExpected, String requestedBy, Instant requestedAt, Instant finishedAt, Long sizeBytes) {
    }

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a report once: a key already recorded leaves the first as it is. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void requestOnce(String reportKey, String period, String area, String requestedBy, Instant at) {
        jdbc.update("INSERT IGNORE INTO flexibility_report (report_key, period_label, area, requested_by,"
                + " requested_at, status) VALUES (?, ?, ?, ?, ?, ?)", reportKey, period, area, requestedBy,
                Timestamp.from(at), ReportStatus.REQUESTED.name());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void started(String reportKey, long processInstanceKey) {
        jdbc.update("UPDATE flexibility_report SET process_instance_key = ? WHERE report_key = ?",
                processInstanceKey, reportKey);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(String reportKey, long done, long expected) {
        jdbc.update("UPDATE flexibility_report SET status = ?, rows_done = ?, rows_expected = ? WHERE report_key = ?"
                + " AND status <> ?", ReportStatus.WRITING.name(), done, expected, reportKey,
                ReportStatus.READY.name());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ready(String reportKey, Path workbook, Instant at) {
        try (InputStream in = Files.newInputStream(workbook)) {
            long size = Files.size(workbook);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("UPDATE flexibility_report SET status = ?,"
                        + " workbook = ?, size_bytes = ?, finished_at = ?, rows_done = rows_expected"
                        + " WHERE report_key = ?");
                statement.setString(1, ReportStatus.READY.name());
                statement.setBinaryStream(2, in, size);
                statement.setLong(3, size);
                statement.setTimestamp(4, Timestamp.from(at));
                statement.setString(5, reportKey);
                return statement;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<StoredReport> find(String reportKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM flexibility_report WHERE report_key = ?", ReportStore::read,
                reportKey).stream().findFirst();
    }

    /** Newest first; every report when {@code area} is null and {@code everyArea} is true. */
    List<StoredReport> list(String area, boolean everyArea) {
        if (everyArea) {
            return jdbc.query("SELECT " + COLUMNS + " FROM flexibility_report ORDER BY requested_at DESC LIMIT 200",
                    ReportStore::read);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM flexibility_report WHERE area = ? ORDER BY requested_at DESC"
                + " LIMIT 200", ReportStore::read, area);
    }

    /** Copies the kept workbook to {@code out}; false when there is none yet. */
    boolean copyWorkbook(String reportKey, OutputStream out) {
        Boolean copied = jdbc.query("SELECT workbook FROM flexibility_report WHERE report_key = ? AND status = ?",
                rows -> {
                    if (!rows.next() || rows.getBinaryStream(1) == null) {
                        return false;
                    }
                    try (InputStream in = rows.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return true;
                }, reportKey, ReportStatus.READY.name());
        return Boolean.TRUE.equals(copied);
    }

    private static StoredReport read(ResultSet row, int number) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        long expected = row.getLong("rows_expected");
        Long expectedOrNull = row.wasNull() ? null : expected;
        long size = row.getLong("size_bytes");
        Long sizeOrNull = row.wasNull() ? null : size;
        return new StoredReport(row.getString("report_key"), row.getString("period_label"), row.getString("area"),
                ReportStatus.valueOf(row.getString("status")), row.getLong("rows_done"), expectedOrNull,
                row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant(), sizeOrNull);
    }
}
