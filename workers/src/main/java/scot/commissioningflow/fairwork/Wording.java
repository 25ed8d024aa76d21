package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates as a procurement officer reads them in a sentence. */
public final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Wording() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A shortfall or difference: "1p", "99p", "£1.05". */
    public static String difference(BigDecimal amount) {
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
        return abs.compareTo(BigDecimal.ONE) < 0 ? abs.movePointRight(2).intValue() + "p" : money(abs);
    }

    public static String percentage(BigDecimal percentage) {
        return percentage.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
