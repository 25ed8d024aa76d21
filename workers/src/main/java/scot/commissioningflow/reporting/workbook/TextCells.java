package scot.commissioningflow.reporting.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes words into cells as text, never as something a spreadsheet runs. A string cell is never evaluated as it is
 * written, but text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return becomes a
 * formula the moment someone edits the cell, or when the sheet is saved as CSV and opened again; such text gets a style
 * with Excel's quote prefix (shown as written, kept as text when edited). The words themselves are kept as said: no
 * apostrophe or space is added to them.
 */
final class TextCells {

    private TextCells() {
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes {@code text}; {@code asText} is a text style with the quote prefix, used when the text needs it. */
    static void write(Cell cell, String text, CellStyle plain, CellStyle asText) {
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(asText);
        } else if (plain != null) {
            cell.setCellStyle(plain);
        }
    }
}
