package scot.commissioningflow.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;
import scot.commissioningflow.reporting.workbook.WorkbookContent.FeatureMeasures;

/** The workbook read back with POI: what a reader opening it would find. */
class FlexibilityWorkbookTest {

    /** Words people typed that a spreadsheet would otherwise take for formulas. */
    private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://x\",\"click\")", "+44 1234",
            "-2+3", "@SUM(A1:A2)", "\tindented", "\rreturned");

    private static final ReportingPeriod PERIOD = ReportingPeriod.quarter(2026, 1);

    private static WorkbookContent content(String area, long contracts) {
        Measure routes = new Measure("commissioning.route.light-touch.count", "Procurements by light-touch route",
                "Tenders whose route was chosen in the period.", "Tenders", ValueFormat.COUNT,
                new Measure.Chart("Procurement routes used", "Light-touch"), BigDecimal.valueOf(7),
                Map.of("DEMO-HSCP", BigDecimal.valueOf(4), "OTHER-HSCP", BigDecimal.valueOf(3)));
        Measure direct = new Measure("commissioning.route.direct.count", "Procurements by direct award",
                "Tenders awarded directly.", "Tenders", ValueFormat.COUNT,
                new Measure.Chart("Procurement routes used", "Direct award"), BigDecimal.valueOf(2),
                Map.of("DEMO-HSCP", BigDecimal.ONE));
        Measure share = new Measure("contracts.outcome-based.share", FORMULA_LIKE.get(0),
                FORMULA_LIKE.get(3), FORMULA_LIKE.get(2), ValueFormat.PERCENT, null, new BigDecimal("0.25"),
                Map.of("DEMO-HSCP", new BigDecimal("0.5")));
        Measure checks = new Measure("fairwork.checks.met", "Fair work checks met", "Checks met.", "Checks",
                ValueFormat.COUNT, new Measure.Chart("Fair work checks", "Met"), BigDecimal.TEN, Map.of());
        DetailSheet sheet = new DetailSheet("Contracts", "One row per contract live in the period.", List.of(
                new DetailSheet.Column("Reference", ValueFormat.TEXT, 20),
                new DetailSheet.Column("Title", ValueFormat.TEXT, 40),
                new DetailSheet.Column("Starts", ValueFormat.DATE, 12),
                new DetailSheet.Column("Annual value", ValueFormat.MONEY, 14)), new DetailSheet.Rows() {
                    @Override
                    public long count(String a) {
                        return contracts;
                    }

                    @Override
                    public void forEach(String a, Consumer<List<Object>> row) {
                        for (int i = 0; i < contracts; i++) {
                            String title = i < FORMULA_LIKE.size() ? FORMULA_LIKE.get(i) : "Care at home " + i;
                            row.accept(Arrays.asList("C-" + i, title, LocalDate.of(2026, 4, 1),
                                    new BigDecimal("1234.5")));
                        }
                    }
                });
        return new WorkbookContent(PERIOD, area, area == null ? "Scotland" : area, Instant.parse(
                "2026-07-01T06:00:00Z"), List.of(new FeatureMeasures("Commissioning", List.of(routes, direct)),
                        new FeatureMeasures("Contracts", List.of(share)), new FeatureMeasures("Fair work",
                                List.of(checks))), List.of(sheet));
    }

    private static XSSFWorkbook written(WorkbookContent content, FlexibilityWorkbook.Engine engine,
            List<long[]> progress) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlexibilityWorkbook(engine).write(content, out, (done, expected) -> progress.add(new long[] {done,
                expected}));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theSummaryHasItsFiguresAndANativeChartForEachGroupOfMeasures() throws Exception {
        try (XSSFWorkbook book = written(content(null, 10), FlexibilityWorkbook.Engine.STREAMING,
                new ArrayList<>())) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Commissioning flexibility report: Scotland");
            assertThat(summary.getDrawingPatriarch().getCharts()).extracting(c -> c.getTitleText().getString())
                    .containsExactly("Procurement routes used", "Fair work checks");
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Light-touch");
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Direct award");
        }
    }

    @Test
    void sheetsHaveFrozenHeadingsFiltersAndTheNumberFormatsAReaderExpects() throws Exception {
        try (XSSFWorkbook book = written(content(null, 10), FlexibilityWorkbook.Engine.STREAMING,
                new ArrayList<>())) {
            for (String name : List.of("Measures", "Definitions", "Contracts")) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            }
            XSSFSheet contracts = book.getSheet("Contracts");
            assertThat(contracts.getLastRowNum()).isEqualTo(10);
            assertThat(contracts.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D11");
            Row first = contracts.getRow(1);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4,
                    1));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            XSSFSheet measures = book.getSheet("Measures");
            Row share = rowWith(measures, 5, "contracts.outcome-based.share");
            assertThat(share.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(share.getCell(3).getNumericCellValue()).isEqualTo(0.25);
        }
    }

    @Test
    void aWorkbookForOneCouncilShowsThatCouncilBesideScotlandAndNoOther() throws Exception {
        try (XSSFWorkbook book = written(content("DEMO-HSCP", 3), FlexibilityWorkbook.Engine.STREAMING,
                new ArrayList<>())) {
            List<String> areas = new ArrayList<>();
            book.getSheet("Measures").forEach(row -> areas.add(row.getCell(2).getStringCellValue()));
            assertThat(areas).contains("Scotland", "DEMO-HSCP").doesNotContain("OTHER-HSCP");
            Row fairWork = rowWith(book.getSheet("Measures"), 5, "fairwork.checks.met");
            assertThat(fairWork.getCell(2).getStringCellValue()).isEqualTo("Scotland");
            assertThat(book.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).endsWith("DEMO-HSCP");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextExactlyAsGivenAndNeverEvaluated() throws Exception {
        for (FlexibilityWorkbook.Engine engine : FlexibilityWorkbook.Engine.values()) {
            try (XSSFWorkbook book = written(content(null, 10), engine, new ArrayList<>())) {
                XSSFSheet contracts = book.getSheet("Contracts");
                for (int i = 0; i < FORMULA_LIKE.size(); i++) {
                    Cell title = contracts.getRow(i + 1).getCell(1);
                    assertThat(title.getCellType()).as(engine + " " + FORMULA_LIKE.get(i)).isEqualTo(CellType.STRING);
                    assertThat(title.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(i));
                    assertThat(title.getCellStyle().getQuotePrefixed()).as(FORMULA_LIKE.get(i)).isTrue();
                }
                Cell plain = contracts.getRow(FORMULA_LIKE.size() + 1).getCell(1);
                assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
                Row definition = rowWith(book.getSheet("Definitions"), 0, "contracts.outcome-based.share");
                assertThat(definition.getCell(1).getStringCellValue()).isEqualTo(FORMULA_LIKE.get(0));
                assertThat(definition.getCell(3).getStringCellValue()).isEqualTo(FORMULA_LIKE.get(3));
                assertThat(definition.getCell(4).getStringCellValue()).isEqualTo(FORMULA_LIKE.get(2));
                book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType())
                        .as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
            }
        }
    }

    @Test
    void progressCountsRowsDoneOfRowsExpected() throws Exception {
        List<long[]> progress = new ArrayList<>();
        WorkbookContent content = content(null, 12_000);
        long expected = FlexibilityWorkbook.rowsExpected(content);
        written(content, FlexibilityWorkbook.Engine.STREAMING, progress).close();
        assertThat(progress).extracting(p -> p[1]).containsOnly(expected);
        assertThat(progress).extracting(p -> p[0]).isSorted().contains(5_000L, 10_000L);
        assertThat(progress.getLast()[0]).isEqualTo(expected);
    }

    private static Row rowWith(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row of " + sheet.getSheetName() + " has " + value);
    }
}
