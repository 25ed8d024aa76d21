package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/** Below this cumulative grant funding a self-declaration is enough evidence for the mandatory criteria. */
@Entity
@Table(name = "fair_work_grant_declaration_limit")
class GrantDeclarationLimit extends EffectiveDated<NoFields, GrantDeclarationLimit.Figures> {

    record Figures(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2, message = "must be in pounds and pence")
            BigDecimal fundingLimit) {
    }

    private BigDecimal fundingLimit;

    protected GrantDeclarationLimit() {
    }

    GrantDeclarationLimit(Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        restate(figures);
    }

    BigDecimal fundingLimit() {
        return fundingLimit;
    }

    @Override
    protected NoFields series() {
        return new NoFields();
    }

    @Override
    protected Figures figures() {
        return new Figures(fundingLimit);
    }

    @Override
    protected void restate(Figures figures) {
        this.fundingLimit = figures.fundingLimit();
    }

    GrantDeclarationLimitView view() {
        return new GrantDeclarationLimitView(id(), period().effectiveFrom(), period().effectiveTo(), fundingLimit,
                sourceNote());
    }
}
