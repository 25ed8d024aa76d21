package scot.commissioningflow.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/** A Scottish bank holiday, a period of one day: periods that must end on a working day move past it. */
@Entity
@Table(name = "bank_holiday")
class BankHoliday extends EffectiveDated<NoFields, BankHoliday.Figures> {

    record Figures(@NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name) {
    }

    private String name;

    protected BankHoliday() {
    }

    BankHoliday(Period day, Figures figures, String sourceNote) {
        super(day, sourceNote);
        restate(figures);
    }

    LocalDate date() {
        return period().effectiveFrom();
    }

    @Override
    protected NoFields series() {
        return new NoFields();
    }

    @Override
    protected Figures figures() {
        return new Figures(name);
    }

    @Override
    protected void restate(Figures figures) {
        this.name = figures.name();
    }

    HolidayView view() {
        return new HolidayView(id(), date(), name, sourceNote(), recordedBy(), recordedAt());
    }

    public record HolidayView(Long id, LocalDate date, String name, String sourceNote, String recordedBy,
            Instant recordedAt) {
    }
}
