package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates as a procurement officer reads them in a sentence. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Wording() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A shortfall or difference: "1p", "99p", "£1.05". */
    static String difference(BigDecimal amount) {
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
        return abs.compareTo(BigDecimal.ONE) < 0 ? abs.movePointRight(2).intValue() + "p" : money(abs);
    }

    static String percentage(BigDecimal percentage) {
        return percentage.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String period(Period period) {
        return period.effectiveTo() == null ? "from " + date(period.effectiveFrom())
                : "from " + date(period.effectiveFrom()) + " to " + date(period.effectiveTo());
    }
}
