package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.commissioningflow.fairwork.RateKind;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/** One hourly rate of one kind for one period. */
@Entity
@Table(name = "fair_work_pay_rate")
class PayRate extends EffectiveDated<PayRate.Series, PayRate.Figures> {

    record Series(@NotNull RateKind rateKind) {
    }

    /** @param inferred whether the rate was put together from several sources rather than stated by one */
    record Figures(
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @DecimalMax(value = AmountLimits.HOURLY_MAX, message = AmountLimits.HOURLY_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE)
            BigDecimal hourlyRate,
            boolean inferred) {
    }

    @Enumerated(EnumType.STRING)
    private RateKind rateKind;

    private BigDecimal hourlyRate;
    private boolean inferred;

    protected PayRate() {
    }

    PayRate(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.rateKind = series.rateKind();
        restate(figures);
    }

    @Override
    protected Series series() {
        return new Series(rateKind);
    }

    @Override
    protected Figures figures() {
        return new Figures(hourlyRate, inferred);
    }

    @Override
    protected void restate(Figures figures) {
        this.hourlyRate = figures.hourlyRate();
        this.inferred = figures.inferred();
    }

    PayRateView view() {
        return new PayRateView(id(), rateKind, period().effectiveFrom(), period().effectiveTo(), hourlyRate, inferred,
                sourceNote());
    }
}
