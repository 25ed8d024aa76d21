package scot.commissioningflow.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Checks a {@link DateWindow} against today on the validator's clock, which is the product's {@code Clock}. */
public class DateWindowValidator implements ConstraintValidator<DateWindow, LocalDate> {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private int yearsBack;
    private int yearsAhead;

    @Override
    public void initialize(DateWindow window) {
        yearsBack = window.yearsBack();
        yearsAhead = window.yearsAhead();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        LocalDate earliest = today.minusYears(yearsBack);
        LocalDate latest = today.plusYears(yearsAhead);
        if (!date.isBefore(earliest) && !date.isAfter(latest)) {
            return true;
        }
        String from = yearsBack == 0 ? "today (" + IN_WORDS.format(today) + ")"
                : IN_WORDS.format(earliest) + " (" + yearsBack + " years ago)";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be between " + from + " and " + IN_WORDS.format(latest)
                + " (" + yearsAhead + " years ahead)").addConstraintViolation();
        return false;
    }
}
