package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rate that sets the floor for a kind of work during a period (e.g. the real Living Wage for sleepovers). */
@Entity
@Table(name = "fair_work_pay_floor_rule")
class PayFloorRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private WorkType workType;

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    @Embedded
    private Period period;

    private String sourceNote;

    protected PayFloorRule() {
    }

    RateKind rateKind() {
        return rateKind;
    }
}
