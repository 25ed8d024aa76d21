package scot.commissioningflow.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One figure of the report for one period: what it is, where it comes from, and its value for Scotland and for each
 * council or partnership.
 *
 * @param id         a stable identifier, {@code feature.thing}, the same in every period's workbook
 * @param name       what a reader sees
 * @param definition exactly what is counted, and over which period
 * @param source     the records it is counted from
 * @param format     how the value is shown
 * @param chart      the summary chart it is drawn in, or null when it is only tabled
 * @param scotland   the value over every council and partnership (not always the sum of theirs: a share or an
 *                   average is worked out over all the records); null where it cannot be known
 * @param byArea     the value for each council or partnership, keyed by its organisation code as sign-in knows it;
 *                   empty where the records do not say which council they belong to
 */
public record Measure(String id, String name, String definition, String source, ValueFormat format, Chart chart,
        BigDecimal scotland, Map<String, BigDecimal> byArea) {

    public Measure {
        byArea = Map.copyOf(byArea);
    }

    /** The value for one area, or Scotland's when {@code area} is null. */
    public BigDecimal valueFor(String area) {
        return area == null ? scotland : byArea.get(area);
    }

    /**
     * Where a measure is drawn on the summary sheet: measures with the same chart title are bars of one chart.
     *
     * @param title the chart's title
     * @param label the measure's bar label, short enough for an axis
     */
    public record Chart(String title, String label) {

        /**
         * A bar of the one chart every feature adds to: how supported people and carers took part, stage by stage,
         * so that the programme reads involvement across all kinds of commissioning in one place.
         */
        public static Chart involvement(String label) {
            return new Chart("Involvement of supported people and carers (share, by stage)", label);
        }
    }
}
