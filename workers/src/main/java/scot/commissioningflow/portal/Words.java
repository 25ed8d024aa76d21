package scot.commissioningflow.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates, times and amounts as pages say them to people in Scotland ("3 March 2027, 5:00pm", "£1,250.00"), for
 * templates as {@code ${@words.dateTime(...)}}.
 */
@Component("words")
public class Words {

    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "not set" : DATE.format(date);
    }

    public String month(LocalDate date) {
        return date == null ? "not set" : MONTH.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "not set" : DATE.format(instant.atZone(SCOTLAND));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "not set" : DATE_TIME.format(instant.atZone(SCOTLAND)).replace("AM", "am")
                .replace("PM", "pm");
    }

    public String pounds(BigDecimal amount) {
        if (amount == null) {
            return "not set";
        }
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(amount);
    }

    /** An enum constant or code as words: {@code OPEN_FOR_RESPONSES} as "Open for responses". */
    /** Hours as a person says them: "10", "7.5". */
    public String hours(BigDecimal hours) {
        return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().toLowerCase(Locale.UK).replace('_', ' ').replace('-', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
