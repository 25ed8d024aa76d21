package scot.commissioningflow.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A Scottish bank holiday: periods that must end on a working day move past it. */
@Entity
@Table(name = "bank_holiday")
class BankHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate holidayDate;
    private String name;
    private String recordedBy;
    private Instant recordedAt;

    protected BankHoliday() {
    }

    BankHoliday(LocalDate holidayDate, String name, String recordedBy, Instant recordedAt) {
        this.holidayDate = holidayDate;
        this.name = name;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    LocalDate date() {
        return holidayDate;
    }

    HolidayView view() {
        return new HolidayView(holidayDate, name, recordedBy, recordedAt);
    }

    public record HolidayView(LocalDate date, String name, String recordedBy, Instant recordedAt) {
    }
}
