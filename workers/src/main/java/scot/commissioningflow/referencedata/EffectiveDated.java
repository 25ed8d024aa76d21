package scot.commissioningflow.referencedata;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A reference figure that applies for a period, with the source it came from and who recorded it: one of a series
 * whose periods must not overlap (the real Living Wage, the light-touch threshold, the ISF policy). Every table of
 * dated figures shares these columns; a dataset's entity adds its own.
 *
 * @param <S> what names the series the figure belongs to (e.g. the kind of rate), as a record
 * @param <F> the figures themselves (e.g. the hourly rate), as a record: what a change may restate
 */
@MappedSuperclass
public abstract class EffectiveDated<S extends Record, F extends Record> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Period period;

    private String sourceNote;
    private String recordedBy;
    private Instant recordedAt;

    protected EffectiveDated() {
    }

    protected EffectiveDated(Period period, String sourceNote) {
        this.period = period;
        this.sourceNote = sourceNote;
    }

    public Long id() {
        return id;
    }

    public Period period() {
        return period;
    }

    public String sourceNote() {
        return sourceNote;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The series this figure belongs to: two figures of the same series never cover the same day. */
    protected abstract S series();

    protected abstract F figures();

    /** A correction of the figures, audited by the mechanism. */
    protected abstract void restate(F figures);

    void recorded(String by, Instant at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void restate(Period period, String sourceNote) {
        this.period = period;
        this.sourceNote = sourceNote;
    }
}
