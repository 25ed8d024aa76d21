package scot.commissioningflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure's values for Scotland and for each council or partnership, made from figures counted per area (a row per
 * area, as a {@code GROUP BY} gives them). Figures whose area is not recorded count for Scotland only.
 */
public record AreaFigures(BigDecimal scotland, Map<String, BigDecimal> byArea) {

    /** One area's figure; {@code area} null where the records do not say which council. */
    public record AreaValue(String area, BigDecimal value) {

        /** Reads a row whose first column is the area and second the figure: a JDBC row mapper. */
        public static AreaValue from(java.sql.ResultSet row, int number) throws java.sql.SQLException {
            return new AreaValue(row.getString(1), row.getBigDecimal(2));
        }
    }

    /** Counts and amounts: Scotland's is the sum of every area's. */
    public static AreaFigures sum(List<AreaValue> rows) {
        Map<String, BigDecimal> byArea = new HashMap<>();
        BigDecimal scotland = BigDecimal.ZERO;
        for (AreaValue row : rows) {
            BigDecimal value = row.value() == null ? BigDecimal.ZERO : row.value();
            scotland = scotland.add(value);
            if (row.area() != null) {
                byArea.merge(row.area(), value, BigDecimal::add);
            }
        }
        return new AreaFigures(scotland, byArea);
    }

    /**
     * A share or an average: {@code part} over {@code whole} in each area and over all of Scotland (never an average
     * of the areas' shares). An area with nothing in {@code whole} has no value, as has Scotland.
     */
    public static AreaFigures ratio(List<AreaValue> part, List<AreaValue> whole) {
        AreaFigures parts = sum(part);
        AreaFigures wholes = sum(whole);
        Map<String, BigDecimal> byArea = new HashMap<>();
        wholes.byArea().forEach((area, denominator) -> {
            if (denominator.signum() != 0) {
                byArea.put(area, divide(parts.byArea().getOrDefault(area, BigDecimal.ZERO), denominator));
            }
        });
        return new AreaFigures(wholes.scotland().signum() == 0 ? null : divide(parts.scotland(), wholes.scotland()),
                byArea);
    }

    private static BigDecimal divide(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    /** The measure with these values. */
    public Measure measure(String id, String name, String definition, String source, ValueFormat format,
            Measure.Chart chart) {
        return new Measure(id, name, definition, source, format, chart, scotland, byArea);
    }
}
