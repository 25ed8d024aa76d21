package scot.commissioningflow.reporting;

import java.util.List;
import java.util.function.Consumer;

/**
 * A sheet of records behind the measures (one row per contract, say), written row by row so that a sheet of a
 * hundred thousand rows never has to be held in memory.
 *
 * @param name        the sheet's name (at most 31 characters, Excel's limit)
 * @param description one sentence on what a row is, shown on the definitions sheet
 * @param columns     the columns, in order
 * @param rows        the rows, for Scotland or one area
 */
public record DetailSheet(String name, String description, List<Column> columns, Rows rows) {

    public DetailSheet {
        if (name.length() > 31) {
            throw new IllegalArgumentException("Excel sheet names have at most 31 characters: " + name);
        }
        columns = List.copyOf(columns);
    }

    /** A column: its heading, how its cells are shown, and its width in characters. */
    public record Column(String heading, ValueFormat format, int width) {
    }

    /** The rows of the sheet; {@code area} is a council or partnership code, or null for Scotland. */
    public interface Rows {

        /** How many rows {@link #forEach} will give: the report shows progress against it. */
        long count(String area);

        /**
         * Gives each row's cells in column order: {@link String}, {@link Number}, {@link java.time.LocalDate}, or null
         * for an empty cell.
         */
        void forEach(String area, Consumer<List<Object>> row);
    }
}
