package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Below this cumulative grant funding a self-declaration is enough evidence for the mandatory criteria. */
@Entity
@Table(name = "fair_work_grant_declaration_limit")
class GrantDeclarationLimit implements EffectiveDated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Period period;

    private BigDecimal fundingLimit;
    private String sourceNote;

    protected GrantDeclarationLimit() {
    }

    GrantDeclarationLimit(Period period, BigDecimal fundingLimit, String sourceNote) {
        this.period = period;
        this.fundingLimit = fundingLimit;
        this.sourceNote = sourceNote;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Period period() {
        return period;
    }

    @Override
    public void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }

    BigDecimal fundingLimit() {
        return fundingLimit;
    }

    String sourceNote() {
        return sourceNote;
    }

    void change(Period period, BigDecimal fundingLimit, String sourceNote) {
        this.period = period;
        this.fundingLimit = fundingLimit;
        this.sourceNote = sourceNote;
    }

    GrantDeclarationLimitView view() {
        return new GrantDeclarationLimitView(id, period.effectiveFrom(), period.effectiveTo(), fundingLimit,
                sourceNote);
    }
}
