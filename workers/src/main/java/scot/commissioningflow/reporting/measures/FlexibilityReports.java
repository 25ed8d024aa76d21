package scot.commissioningflow.reporting.measures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.measures.ReportStore.StoredReport;
import scot.commissioningflow.reporting.workbook.FlexibilityWorkbook;
import scot.commissioningflow.reporting.workbook.WorkbookContent;
import scot.commissioningflow.reporting.workbook.WorkbookContent.FeatureMeasures;

/**
 * The flexibility report: asked for through the API or by the quarterly schedule, written by the
 * {@code flexibility-report} process from every feature's {@link MeasureContributor}, and kept for download.
 * <p>
 * Who may have which report: programme analysts, for Scotland and for any council or partnership (the programme
 * compares them); a council's or partnership's commissioners and procurement leads, for their own only, since the
 * report counts their contracts, funds and providers and another council's are not theirs to read.
 */
@Service
public class FlexibilityReports {

    static final String SCHEDULE = "quarterly schedule";
    private static final Logger log = LoggerFactory.getLogger(FlexibilityReports.class);

    private final ReportStore store;
    private final ObjectProvider<MeasureContributor> contributors;
    private final ProcessEngine engine;
    private final Clock clock;

    FlexibilityReports(ReportStore store, ObjectProvider<MeasureContributor> contributors, ProcessEngine engine,
            Clock clock) {
        this.store = store;
        this.contributors = contributors;
        this.engine = engine;
        this.clock = clock;
    }

    /** Records the request and starts the process that writes the workbook. */
    public ReportView request(ReportRequest request, SignedInPerson person) {
        ReportingPeriod period = ReportingPeriod.parse(request.period()).orElseThrow(() -> new InvalidInput("period",
                "period must be a financial year such as 2026-27 or a quarter such as 2026-27-Q1"));
        String area = request.area() == null || request.area().isBlank() ? null : request.area().strip();
        if (!person.has(Role.PROGRAMME_ANALYST)) {
            if (area == null) {
                area = person.organisation();
            }
            if (area == null || !person.worksFor(area)) {
                throw new Refused("A council's or partnership's staff have the report for their own council or"
                        + " partnership only; programme analysts have it for Scotland and for every council.");
            }
        }
        String key = "FR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        store.requestOnce(key, period.label(), area, person.username(), clock.instant());
        store.started(key, engine.start(FlexibilityReportProcess.PROCESS_ID, key, new Requested(key)));
        return view(load(key));
    }

    /** The process's variables: which report to write. */
    public record Requested(String reportKey) {
    }

    /**
     * For the quarterly timer: the report for Scotland on the financial quarter just ended, recorded once however
     * often the job is delivered.
     */
    public Requested planQuarter() {
        ReportingPeriod period = ReportingPeriod.quarterBefore(LocalDate.now(clock));
        String key = "FR-" + period.label() + "-SCOTLAND";
        store.requestOnce(key, period.label(), null, SCHEDULE, clock.instant());
        return new Requested(key);
    }

    /** Writes the workbook and keeps it; a report already written is left as it is. */
    public void write(String reportKey) {
        StoredReport report = load(reportKey);
        if (report.status() == ReportStatus.READY) {
            return;
        }
        ReportingPeriod period = ReportingPeriod.parse(report.period()).orElseThrow();
        List<MeasureContributor> all = contributors.orderedStream()
                .sorted(Comparator.comparing(MeasureContributor::feature)).toList();
        List<FeatureMeasures> measures = all.stream()
                .map(c -> new FeatureMeasures(c.feature(), c.measures(period))).toList();
        List<DetailSheet> details = all.stream().flatMap(c -> c.detailSheets(period).stream()).toList();
        WorkbookContent content = new WorkbookContent(period, report.area(),
                report.area() == null ? "Scotland" : report.area(), clock.instant(), measures, details);
        store.progress(reportKey, 0, FlexibilityWorkbook.rowsExpected(content));
        Path file = null;
        try {
            file = Files.createTempFile("flexibility-report-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                new FlexibilityWorkbook(FlexibilityWorkbook.Engine.STREAMING).write(content, out,
                        (done, expected) -> store.progress(reportKey, done, expected));
            }
            store.ready(reportKey, file, clock.instant());
            log.info("Flexibility report {} written: {} bytes", reportKey, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    public ReportView get(String reportKey, SignedInPerson person) {
        return view(readable(reportKey, person));
    }

    public List<ReportView> list(SignedInPerson person) {
        boolean analyst = person.has(Role.PROGRAMME_ANALYST);
        if (!analyst && person.organisation() == null) {
            return List.of();
        }
        return store.list(person.organisation(), analyst).stream().map(this::view).toList();
    }

    /** Copies the workbook to {@code out}. */
    public void download(String reportKey, SignedInPerson person, OutputStream out) {
        readable(reportKey, person);
        if (!store.copyWorkbook(reportKey, out)) {
            throw stillWriting(reportKey);
        }
    }

    /** A ready workbook's file name and size in bytes, as the download's headers give them. */
    public record Download(String fileName, long sizeBytes) {
    }

    /** The name and size a ready workbook is downloaded with; refused while it is still being written. */
    public Download readyDownload(String reportKey, SignedInPerson person) {
        StoredReport report = readable(reportKey, person);
        if (report.status() != ReportStatus.READY || report.sizeBytes() == null) {
            throw stillWriting(reportKey);
        }
        return new Download("commissioning-flexibility-" + report.period() + "-"
                + (report.area() == null ? "scotland" : report.area().replaceAll("[^A-Za-z0-9-]", "_")) + ".xlsx",
                report.sizeBytes());
    }

    private static Conflict stillWriting(String reportKey) {
        return new Conflict("Report " + reportKey + " is still being written; its progress shows how far.");
    }

    private StoredReport readable(String reportKey, SignedInPerson person) {
        StoredReport report = load(reportKey);
        boolean ownCouncil = report.area() != null && person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_LEAD)
                && person.worksFor(report.area());
        if (!person.has(Role.PROGRAMME_ANALYST) && !ownCouncil) {
            throw new Refused("Report " + reportKey + " is for " + (report.area() == null ? "Scotland"
                    : "another council or partnership") + ": programme analysts, and the council's own commissioners"
                    + " and procurement leads, can read it.");
        }
        return report;
    }

    private StoredReport load(String reportKey) {
        return store.find(reportKey).orElseThrow(() -> new NotFound("There is no flexibility report " + reportKey
                + "."));
    }

    private ReportView view(StoredReport report) {
        return new ReportView(report.reportKey(), report.period(), report.area(), report.status(), report.rowsDone(),
                report.rowsExpected(), report.requestedBy(), report.requestedAt(), report.finishedAt(),
                report.sizeBytes(), report.status() == ReportStatus.READY
                        ? FlexibilityReportController.PATH + "/" + report.reportKey() + "/workbook" : null);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete temporary workbook {}", file, e);
            }
        }
    }
}
