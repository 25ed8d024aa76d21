package scot.commissioningflow.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/**
 * One procurement threshold for one period: a new figure (by order of ministers or a new GPA cycle) is a new period
 * from the day it takes effect, and a tender is judged by the figure in force on the day its route was chosen.
 */
@Entity
@Table(name = "procurement_threshold")
class ProcurementThreshold extends EffectiveDated<ProcurementThreshold.Series, ProcurementThreshold.Figures> {

    record Series(@NotNull ThresholdCode code) {
    }

    record Figures(
            @NotNull @DecimalMin(value = "0.01", message = AmountLimits.MORE_THAN_ZERO)
            @DecimalMax(value = AmountLimits.CONTRACT_VALUE_MAX, message = AmountLimits.CONTRACT_VALUE_TOO_HIGH)
            @Digits(integer = AmountLimits.ANY_WHOLE_PART, fraction = AmountLimits.PENCE,
                    message = AmountLimits.IN_PENCE) BigDecimal amount,
            boolean includesVat) {
    }

    @Enumerated(EnumType.STRING)
    private ThresholdCode thresholdCode;

    private BigDecimal amount;
    private boolean includesVat;

    protected ProcurementThreshold() {
    }

    ProcurementThreshold(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.thresholdCode = series.code();
        restate(figures);
    }

    BigDecimal amount() {
        return amount;
    }

    @Override
    protected Series series() {
        return new Series(thresholdCode);
    }

    @Override
    protected Figures figures() {
        return new Figures(amount, includesVat);
    }

    @Override
    protected void restate(Figures figures) {
        this.amount = figures.amount();
        this.includesVat = figures.includesVat();
    }

    ThresholdView view() {
        return new ThresholdView(id(), thresholdCode, amount, includesVat, period().effectiveFrom(),
                period().effectiveTo(), sourceNote(), recordedBy(), recordedAt());
    }

    /** The procurement thresholds the route decision uses. */
    public enum ThresholdCode {
        /** Act s.3: regulated procurement of services, excluding VAT. */
        REGULATED_SERVICES("regulated procurement threshold for services"),
        /** Light-touch regime for social and other specific services, including VAT. */
        LIGHT_TOUCH("light-touch threshold"),
        /** GPA threshold for services bought by sub-central bodies, including VAT. */
        GPA_SUB_CENTRAL_SERVICES("GPA threshold for services bought by sub-central bodies");

        private final String readableName;

        ThresholdCode(String readableName) {
            this.readableName = readableName;
        }

        public String readableName() {
            return readableName;
        }
    }

    public record ThresholdView(Long id, ThresholdCode code, BigDecimal amount, boolean includesVat,
            LocalDate effectiveFrom, LocalDate effectiveTo, String sourceNote, String recordedBy,
            Instant recordedAt) {
    }
}
