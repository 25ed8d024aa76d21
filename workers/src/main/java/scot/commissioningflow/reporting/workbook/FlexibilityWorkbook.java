package scot.commissioningflow.reporting.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ValueFormat;
import scot.commissioningflow.reporting.workbook.WorkbookContent.FeatureMeasures;

/**
 * Writes the flexibility report as an Excel workbook: a summary with native charts, every measure for the area (and
 * Scotland, or every council, beside it), a sheet defining each measure and its source, and the detail sheets the
 * features contribute.
 * <p>
 * Rows are written with POI's streaming API (SXSSF): only a window of rows is held in memory, the rest goes to a
 * temporary file, so a hundred thousand contracts fit in a small heap. SXSSF cannot draw charts, so the summary sheet
 * is created first on the XSSF workbook behind the streaming one and its charts are drawn there; its cells are written
 * through the streaming workbook like every other sheet's. Each chart carries its figures as well as the reference
 * to their cells, so it shows even in a reader that does not recalculate. {@link Engine#IN_MEMORY} writes the same
 * workbook with plain XSSF, for the benchmark's comparison.
 */
public final class FlexibilityWorkbook {

    public enum Engine {
        STREAMING, IN_MEMORY
    }

    /** Told how many rows are written of how many expected, every few thousand rows and at the end. */
    @FunctionalInterface
    public interface Progress {
        void rowsDone(long done, long expected);
    }

    static final String SUMMARY = "Summary";
    static final String MEASURES = "Measures";
    static final String DEFINITIONS = "Definitions";
    private static final int WINDOW = 200;
    private static final int PROGRESS_EVERY = 5_000;
    private static final int CHART_ROWS = 18;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Engine engine;

    public FlexibilityWorkbook(Engine engine) {
        this.engine = engine;
    }

    /** The rows the workbook will have, counted before any is written, for progress. */
    public static long rowsExpected(WorkbookContent content) {
        long rows = 0;
        for (FeatureMeasures feature : content.measures()) {
            for (Measure measure : feature.measures()) {
                rows += areas(measure, content.area()).size() + 1;
            }
        }
        for (DetailSheet sheet : content.details()) {
            rows += sheet.rows().count(content.area());
        }
        return rows;
    }

    public void write(WorkbookContent content, OutputStream out, Progress progress) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        XSSFSheet chartSheet = base.createSheet(SUMMARY);
        Workbook book = engine == Engine.STREAMING ? new SXSSFWorkbook(base, WINDOW) : base;
        try {
            Styles styles = new Styles(book);
            Counter counter = new Counter(rowsExpected(content), progress);
            summary(book.getSheet(SUMMARY), chartSheet, content, styles);
            measures(book.createSheet(MEASURES), content, styles, counter);
            definitions(book.createSheet(DEFINITIONS), content, styles, counter);
            for (DetailSheet detail : content.details()) {
                details(book.createSheet(detail.name()), detail, content.area(), styles, counter);
            }
            book.write(out);
            counter.finish();
        } finally {
            if (book instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            book.close();
        }
    }

    private void summary(Sheet sheet, XSSFSheet chartSheet, WorkbookContent content, Styles styles) {
        text(sheet.createRow(0).createCell(0), "Commissioning flexibility report: " + content.areaName(),
                styles.title, styles);
        text(sheet.createRow(1).createCell(0), "Period " + content.period().label() + ": "
                + LONG_DATE.format(content.period().from()) + " to " + LONG_DATE.format(content.period().to()), null,
                styles);
        text(sheet.createRow(2).createCell(0), "Produced " + PRODUCED.format(content.producedAt())
                + ". Each measure is defined, with its source, on the Definitions sheet.", null, styles);
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        Map<String, List<Measure>> charts = new LinkedHashMap<>();
        for (FeatureMeasures feature : content.measures()) {
            for (Measure measure : feature.measures()) {
                if (measure.chart() != null && measure.valueFor(content.area()) != null) {
                    charts.computeIfAbsent(measure.chart().title(), t -> new ArrayList<>()).add(measure);
                }
            }
        }
        XSSFDrawing drawing = charts.isEmpty() ? null : chartSheet.createDrawingPatriarch();
        int top = 4;
        for (Map.Entry<String, List<Measure>> chart : charts.entrySet()) {
            Row heading = sheet.createRow(top);
            text(heading.createCell(0), chart.getKey(), styles.header, styles);
            text(heading.createCell(1), content.areaName(), styles.header, styles);
            List<Measure> bars = chart.getValue();
            String[] labels = new String[bars.size()];
            Double[] values = new Double[bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                Measure measure = bars.get(i);
                labels[i] = measure.chart().label();
                values[i] = measure.valueFor(content.area()).doubleValue();
                Row row = sheet.createRow(top + 1 + i);
                text(row.createCell(0), labels[i], null, styles);
                number(row.createCell(1), measure.valueFor(content.area()), styles.format(measure.format()));
            }
            draw(drawing, chart.getKey(), labels, values, top, bars.size());
            top += Math.max(CHART_ROWS, bars.size() + 3);
        }
        if (charts.isEmpty()) {
            text(sheet.createRow(top).createCell(0), "No measure has a figure for this area in this period.", null,
                    styles);
        }
    }

    /** A horizontal bar chart of one block of the summary, beside it. */
    private static void draw(XSSFDrawing drawing, String title, String[] labels, Double[] values, int top,
            int count) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, top, 12, top + CHART_ROWS - 1));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
        amounts.setCrosses(AxisCrosses.AUTO_ZERO);
        amounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, amounts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        String labelCells = new CellRangeAddress(top + 1, top + count, 0, 0).formatAsString(SUMMARY, true);
        String valueCells = new CellRangeAddress(top + 1, top + count, 1, 1).formatAsString(SUMMARY, true);
        data.addSeries(XDDFDataSourcesFactory.fromArray(labels, labelCells),
                XDDFDataSourcesFactory.fromArray(values, valueCells)).setTitle(title, null);
        chart.plot(data);
    }

    private void measures(Sheet sheet, WorkbookContent content, Styles styles, Counter counter) {
        List<String> headings = List.of("Feature", "Measure", "Area", "Value", "Note", "Measure id");
        header(sheet, headings, new int[] {26, 56, 22, 18, 44, 40}, styles);
        int r = 1;
        for (FeatureMeasures feature : content.measures()) {
            for (Measure measure : feature.measures()) {
                for (String area : areas(measure, content.area())) {
                    Row row = sheet.createRow(r++);
                    text(row.createCell(0), feature.feature(), null, styles);
                    text(row.createCell(1), measure.name(), null, styles);
                    text(row.createCell(2), area == null ? "Scotland" : area, null, styles);
                    BigDecimal value = measure.valueFor(area);
                    if (value == null) {
                        text(row.createCell(4), area == null ? "Not known for Scotland as a whole."
                                : "Not recorded: the records do not say which council they belong to.", null, styles);
                    } else {
                        number(row.createCell(3), value, styles.format(measure.format()));
                    }
                    text(row.createCell(5), measure.id(), null, styles);
                    counter.row();
                }
            }
        }
        finish(sheet, r - 1, headings.size());
    }

    /** Scotland first, then the area the workbook is for, or every area in a workbook for Scotland. */
    private static List<String> areas(Measure measure, String area) {
        List<String> areas = new ArrayList<>();
        areas.add(null);
        if (area != null) {
            areas.add(area);
        } else {
            areas.addAll(new TreeSet<>(measure.byArea().keySet()));
        }
        return areas;
    }

    private void definitions(Sheet sheet, WorkbookContent content, Styles styles, Counter counter) {
        List<String> headings = List.of("Measure id", "Measure", "Feature", "Definition", "Source", "Shown as");
        header(sheet, headings, new int[] {40, 56, 26, 80, 60, 14}, styles);
        int r = 1;
        for (FeatureMeasures feature : content.measures()) {
            for (Measure measure : feature.measures()) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), measure.id(), null, styles);
                text(row.createCell(1), measure.name(), null, styles);
                text(row.createCell(2), feature.feature(), null, styles);
                text(row.createCell(3), measure.definition(), styles.wrapped, styles);
                text(row.createCell(4), measure.source(), styles.wrapped, styles);
                text(row.createCell(5), measure.format().name().toLowerCase(Locale.UK), null, styles);
                counter.row();
            }
        }
        for (DetailSheet detail : content.details()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), "sheet: " + detail.name(), null, styles);
            text(row.createCell(1), "The " + detail.name() + " sheet", null, styles);
            text(row.createCell(3), detail.description(), styles.wrapped, styles);
        }
        finish(sheet, r - 1, headings.size());
    }

    private void details(Sheet sheet, DetailSheet detail, String area, Styles styles, Counter counter) {
        List<DetailSheet.Column> columns = detail.columns();
        header(sheet, columns.stream().map(DetailSheet.Column::heading).toList(),
                columns.stream().mapToInt(DetailSheet.Column::width).toArray(), styles);
        CellStyle[] formats = columns.stream().map(c -> styles.format(c.format())).toArray(CellStyle[]::new);
        int[] next = {1};
        detail.rows().forEach(area, cells -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < cells.size() && c < columns.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof String words) {
                    text(row.createCell(c), words, null, styles);
                } else if (value instanceof Number amount) {
                    number(row.createCell(c), new BigDecimal(amount.toString()), formats[c]);
                } else if (value instanceof LocalDate day) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(day);
                    cell.setCellStyle(formats[c]);
                } else if (value != null) {
                    text(row.createCell(c), value.toString(), null, styles);
                }
            }
            counter.row();
        });
        finish(sheet, next[0] - 1, columns.size());
    }

    private static void header(Sheet sheet, List<String> headings, int[] widths, Styles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            text(row.createCell(c), headings.get(c), styles.header, styles);
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
    }

    /** Headings stay in view while scrolling, and every column can be filtered. */
    private static void finish(Sheet sheet, int lastRow, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }

    private static void text(Cell cell, String words, CellStyle style, Styles styles) {
        TextCells.write(cell, words, style, styles.quoted);
    }

    private static void number(Cell cell, BigDecimal value, CellStyle style) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** The few styles the workbook uses, made once: a workbook holds at most 64,000 styles. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle quoted;
        private final Map<ValueFormat, CellStyle> formats = new EnumMap<>(ValueFormat.class);

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font large = book.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(large);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            quoted.setDataFormat(book.createDataFormat().getFormat(ValueFormat.TEXT.excelFormat()));
            for (ValueFormat format : ValueFormat.values()) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(format.excelFormat()));
                formats.put(format, style);
            }
        }

        CellStyle format(ValueFormat format) {
            return formats.get(format);
        }
    }

    private static final class Counter {

        private final long expected;
        private final Progress progress;
        private long done;

        Counter(long expected, Progress progress) {
            this.expected = expected;
            this.progress = progress;
        }

        void row() {
            done++;
            if (done % PROGRESS_EVERY == 0) {
                progress.rowsDone(done, expected);
            }
        }

        void finish() {
            progress.rowsDone(done, Math.max(done, expected));
        }
    }
}
