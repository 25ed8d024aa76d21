package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * A reference figure that applies for a period, with the source it came from: one of several of its kind that must
 * not overlap. Every fair-work reference table shares these columns.
 */
@MappedSuperclass
abstract class EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Period period;

    private String sourceNote;

    protected EffectiveDated() {
    }

    protected EffectiveDated(Period period, String sourceNote) {
        this.period = period;
        this.sourceNote = sourceNote;
    }

    Long id() {
        return id;
    }

    Period period() {
        return period;
    }

    String sourceNote() {
        return sourceNote;
    }

    /** Ends an open period the day before a newer figure starts. */
    void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }

    /** A correction of the period or the source, audited by the caller. */
    protected void restate(Period period, String sourceNote) {
        this.period = period;
        this.sourceNote = sourceNote;
    }
}
