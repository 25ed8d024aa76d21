package scot.commissioningflow.reporting.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
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

    @GetMapping(PATH + "/{reportKey}/workbook")
    @Operation(summary = "Download the workbook (Excel)")
    ResponseEntity<StreamingResponseBody> workbook(@PathVariable String reportKey, SignedInPerson person) {
        String fileName = reports.readyFileName(reportKey, person);
        StreamingResponseBody body = out -> reports.download(reportKey, person, out);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(body);
    }
}
