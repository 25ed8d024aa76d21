package scot.commissioningflow.reporting.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * The flexibility report for programme analysts (Scotland and every council) and for a council's commissioners and
 * procurement leads (their own council): ask for one, follow its progress, download the workbook.
 */
@RestController
@Tag(name = "Flexibility report", description = "The programme's report on commissioning flexibility")
class FlexibilityReportController {

    static final String PATH = "/api/reports/flexibility";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FlexibilityReports reports;

    FlexibilityReportController(FlexibilityReports reports) {
        this.reports = reports;
    }

    @PostMapping(PATH)
    @Operation(summary = "Ask for a report for a financial year or quarter, for Scotland or one council")
    ResponseEntity<ReportView> request(@Valid @RequestBody ReportRequest request, SignedInPerson person) {
        ReportView report = reports.request(request, person);
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + report.reportKey())).body(report);
    }

    @GetMapping(PATH)
    @Operation(summary = "The reports this person may read, newest first")
    List<ReportView> list(SignedInPerson person) {
        return reports.list(person);
    }

    @GetMapping(PATH + "/{reportKey}")
    @Operation(summary = "A report's progress: rows written of rows expected, and its download once ready")
    ReportView get(@PathVariable String reportKey, SignedInPerson person) {
        return reports.get(reportKey, person);
    }

    /**
     * Written on the request's own thread, with its length, rather than as a {@code StreamingResponseBody}. An async
     * body is written on another thread while the request thread leaves the filter chain, and Spring Security's
     * header writer then adds its headers on the way out at the same moment as the body commits the response: Tomcat's
     * headers are not safe for two threads, and the answer sometimes went out with a broken header block
     * (spring-security#15510). The length lets a client tell a cut-off download from a whole one.
     */
    @GetMapping(PATH + "/{reportKey}/workbook")
    @Operation(summary = "Download the workbook (Excel)")
    void workbook(@PathVariable String reportKey, SignedInPerson person, HttpServletResponse response)
            throws IOException {
        FlexibilityReports.Download download = reports.readyDownload(reportKey, person);
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(download.fileName()).build().toString());
        response.setContentLengthLong(download.sizeBytes());
        reports.download(reportKey, person, response.getOutputStream());
    }
}
