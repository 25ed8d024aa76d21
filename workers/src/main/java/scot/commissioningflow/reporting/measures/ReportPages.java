package scot.commissioningflow.reporting.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.FormInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.MeasureContributor;
import scot.commissioningflow.reporting.ReportingPeriod;

/**
 * The flexibility report in the browser: the measures for a financial year or quarter as the features count them
 * (for Scotland and a chosen council to programme analysts, for their own council to its commissioners and
 * procurement leads), the workbooks asked for with their progress and download, and where the open contracting data
 * is published. Asking for a workbook is {@link FlexibilityReports#request}, with its rule on whose figures.
 */
@Controller
class ReportPages extends Pages implements StartingPoints {

    private static final String PATH = "/reports";

    private final FlexibilityReports reports;
    private final ObjectProvider<MeasureContributor> contributors;
    private final Clock clock;

    ReportPages(FlexibilityReports reports, ObjectProvider<MeasureContributor> contributors, Clock clock) {
        this.reports = reports;
        this.contributors = contributors;
        this.clock = clock;
    }

    /** A measure as the page lists it: its value for the area already in words. */
    record MeasureLine(String feature, String name, String definition, String value) {
    }

    record RequestForm(String period, String area) {
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.hasAny(Role.PROGRAMME_ANALYST, Role.COMMISSIONER, Role.PROCUREMENT_LEAD)
                ? List.of(new StartingPoint(60, "Flexibility report", PATH, "The flexibility measures for a year or "
                        + "quarter, the Excel workbook to download, and the open contracting data."))
                : List.of();
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String period, @RequestParam(required = false) String area,
            SignedInPerson person, Model model) {
        return page(person, model, period, area, List.of());
    }

    @PostMapping(PATH)
    String request(@ModelAttribute RequestForm form, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        ReportView report;
        try {
            report = reports.request(new ReportRequest(form.period(), form.area()), person);
        } catch (InvalidInput e) {
            return page(person, model, form.period(), form.area(), e.problems().stream().map(problem ->
                    new FieldProblem(problem.field(), problem.field().equals("period")
                            ? "Period must be a financial year such as 2026-27 or a quarter such as 2026-27-Q1"
                            : "Council code " + problem.message())).toList());
        }
        redirect.addFlashAttribute("confirmation", "The workbook for " + report.period() + " is being written. "
                + "It is listed below; download it when it says Ready.");
        return "redirect:" + PATH;
    }

    private String page(SignedInPerson person, Model model, String period, String area,
            List<FieldProblem> problems) {
        ReportingPeriod shown = ReportingPeriod.parse(period).orElseGet(this::thisYear);
        boolean analyst = person.has(Role.PROGRAMME_ANALYST);
        String areaShown = analyst ? (area == null || area.isBlank() ? null : area.strip()) : person.organisation();
        model.addAttribute("period", shown.label());
        model.addAttribute("areaName", areaShown == null ? "Scotland" : areaShown);
        model.addAttribute("analyst", analyst);
        model.addAttribute("measures", contributors.orderedStream()
                .sorted(Comparator.comparing(MeasureContributor::feature))
                .flatMap(contributor -> contributor.measures(shown).stream().map(measure -> new MeasureLine(
                        contributor.feature(), measure.name(), measure.definition(), value(measure, areaShown))))
                .toList());
        model.addAttribute("reports", reports.list(person));
        model.addAttribute("form", new RequestForm(period == null ? shown.label() : period, area));
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", FormInput.byField(problems));
        model.addAttribute("currentPath", PATH);
        return "reporting/reports";
    }

    private ReportingPeriod thisYear() {
        LocalDate today = LocalDate.now(clock);
        return ReportingPeriod.financialYear(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
    }

    /** The measure's value for the area in the workbook's own formats, said as a reader reads them. */
    private static String value(Measure measure, String area) {
        BigDecimal value = measure.valueFor(area);
        if (value == null) {
            return "Not known";
        }
        return switch (measure.format()) {
            case COUNT -> NumberFormat.getIntegerInstance(Locale.UK).format(value);
            case MONEY -> NumberFormat.getCurrencyInstance(Locale.UK).format(value);
            case PERCENT -> value.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
            case AVERAGE -> value.setScale(1, RoundingMode.HALF_UP).toPlainString();
            case DAYS -> value.setScale(1, RoundingMode.HALF_UP) + " days";
            case TEXT, DATE -> value.toPlainString();
        };
    }
}
