package scot.commissioningflow.fairwork;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Below this cumulative grant funding a self-declaration is enough evidence for the mandatory criteria. */
@Entity
@Table(name = "fair_work_grant_declaration_limit")
class GrantDeclarationLimit extends EffectiveDated {

    private BigDecimal fundingLimit;

    protected GrantDeclarationLimit() {
    }

    GrantDeclarationLimit(Period period, BigDecimal fundingLimit, String sourceNote) {
        super(period, sourceNote);
        this.fundingLimit = fundingLimit;
    }

    BigDecimal fundingLimit() {
        return fundingLimit;
    }

    void change(Period period, BigDecimal fundingLimit, String sourceNote) {
        restate(period, sourceNote);
        this.fundingLimit = fundingLimit;
    }

    GrantDeclarationLimitView view() {
        return new GrantDeclarationLimitView(id(), period().effectiveFrom(), period().effectiveTo(), fundingLimit,
                sourceNote());
    }
}
