package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/** Below this cumulative grant funding a self-declaration is enough evidence for the mandatory criteria. */
@Entity
@Table(name = "fair_work_grant_declaration_limit")
class GrantDeclarationLimit extends EffectiveDated<NoFields, GrantDeclarationLimit.Figures> {

    record Figures(
            @NotNull @DecimalMin(value = "0.00", message = AmountLimits.NOT_NEGATIVE)
            @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE)
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
