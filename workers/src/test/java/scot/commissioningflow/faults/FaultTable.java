package scot.commissioningflow.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What each fault case did and what it lost, kept for the whole test JVM and printed as one table after each fault
 * class (so the last print, at the end of a run, holds every case that ran), and written to
 * {@code workers/target/fault-suite.txt}.
 */
final class FaultTable {

    /**
     * One case.
     *
     * @param fault      the fault, in a few words
     * @param didWhat    what the case did to the product
     * @param checked    what was counted afterwards
     * @param lost       records, jobs or responses that should exist and did not
     * @param duplicated records, messages or side effects that exist more often than they should
     */
    record Row(String fault, String didWhat, String checked, long lost, long duplicated) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private FaultTable() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        System.out.println("[fault suite] " + row.fault() + ": " + row.didWhat() + "; checked " + row.checked()
                + "; lost " + row.lost() + ", duplicated " + row.duplicated());
    }

    static synchronized void print() {
        if (ROWS.isEmpty()) {
            return;
        }
        String[] headings = {"Fault", "What the case did", "What was counted", "Lost", "Duplicated"};
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = headings[i].length();
        }
        for (Row row : ROWS) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        StringBuilder table = new StringBuilder("\nFault suite: what each case did and what was lost\n");
        line(table, headings, widths);
        String[] rule = new String[headings.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(table, rule, widths);
        ROWS.forEach(row -> line(table, cells(row), widths));
        System.out.println(table);
        try {
            // Kept beside the test reports too, since a quiet build (-q) does not show test output.
            Files.writeString(Path.of("target", "fault-suite.txt"), table);
        } catch (IOException notWritten) {
            System.out.println("[fault suite] the table could not be written to target/fault-suite.txt: "
                    + notWritten);
        }
    }

    private static String[] cells(Row row) {
        return new String[] {row.fault(), row.didWhat(), row.checked(), String.valueOf(row.lost()),
                String.valueOf(row.duplicated())};
    }

    private static void line(StringBuilder table, String[] cells, int[] widths) {
        table.append('|');
        for (int i = 0; i < cells.length; i++) {
            table.append(' ').append(String.format("%-" + widths[i] + "s", cells[i])).append(" |");
        }
        table.append('\n');
    }
}
