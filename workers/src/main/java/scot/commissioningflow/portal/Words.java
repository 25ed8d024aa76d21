package scot.commissioningflow.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

    /** Hours as a person says them: "10", "7.5". */
    public String hours(BigDecimal hours) {
        return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    /** An enum constant or code as words: {@code OPEN_FOR_RESPONSES} as "Open for responses". */
    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().toLowerCase(Locale.UK).replace('_', ' ').replace('-', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A length of time as a person says it: "15 minutes", "1 hour", "1 day and 2 hours". A configured duration reads
     * as it was meant (PT1H as "1 hour", not "60 minutes"); any part under a second is left out.
     */
    static String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        addPart(parts, duration.toDaysPart(), "day");
        addPart(parts, duration.toHoursPart(), "hour");
        addPart(parts, duration.toMinutesPart(), "minute");
        addPart(parts, duration.toSecondsPart(), "second");
        if (parts.isEmpty()) {
            return "no time";
        }
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    private static void addPart(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
