package scot.commissioningflow.frameworks.admission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/** One line of a member's price schedule for one period: dataset {@code framework-prices}. */
@Entity
@Table(name = "framework_price")
class FrameworkPrice extends EffectiveDated<FrameworkPrice.Series, FrameworkPrice.Figures> {

    record Series(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String frameworkReference,
            @Min(value = 1, message = "must be a lot of the framework") int lotNumber,
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String pricedService) {
    }

    record Figures(
            @NotNull PriceUnit unit,
            @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
            @DecimalMax(value = "100000", message = "must be at most £100,000 a unit")
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE)
            BigDecimal rate) {
    }

    private String frameworkReference;
    private int lotNumber;
    private String providerReference;
    private String pricedService;

    @Enumerated(EnumType.STRING)
    private PriceUnit unit;

    private BigDecimal rate;

    protected FrameworkPrice() {
    }

    FrameworkPrice(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.frameworkReference = series.frameworkReference();
        this.lotNumber = series.lotNumber();
        this.providerReference = series.providerReference();
        this.pricedService = series.pricedService();
        restate(figures);
    }

    @Override
    protected Series series() {
        return new Series(frameworkReference, lotNumber, providerReference, pricedService);
    }

    @Override
    protected Figures figures() {
        return new Figures(unit, rate);
    }

    @Override
    protected void restate(Figures figures) {
        this.unit = figures.unit();
        this.rate = figures.rate();
    }

    ScheduledPrice view() {
        return new ScheduledPrice(frameworkReference, lotNumber, providerReference, pricedService, unit, rate,
                period());
    }
}
