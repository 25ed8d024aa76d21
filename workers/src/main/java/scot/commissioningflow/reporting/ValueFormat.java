package scot.commissioningflow.reporting;

/**
 * How a figure is shown, as a reader of the workbook expects it: whole counts with thousands separators, money in
 * pounds and pence, shares as percentages (the value is a fraction, 0.25 shown as 25.0%), averages of counts to one
 * decimal place (2.5 partners an application), durations in days, dates.
 */
public enum ValueFormat {
    TEXT("@"),
    COUNT("#,##0"),
    AVERAGE("#,##0.0"),
    MONEY("£#,##0.00"),
    PERCENT("0.0%"),
    DAYS("#,##0.0 \"days\""),
    DATE("dd/mm/yyyy");

    private final String excelFormat;

    ValueFormat(String excelFormat) {
        this.excelFormat = excelFormat;
    }

    /** The Excel number format code. */
    public String excelFormat() {
        return excelFormat;
    }
}
