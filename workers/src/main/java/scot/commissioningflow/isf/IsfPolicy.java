package scot.commissioningflow.isf;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/** One version of the council's ISF rules, for its period; the source note says what decided it. */
@Entity
@Table(name = "isf_policy")
public class IsfPolicy extends EffectiveDated<NoFields, IsfPolicy.Figures> {

    @Schema(name = "IsfPolicyFigures")
    record Figures(
            @NotNull @DecimalMin(value = "0.01", message = "must be more than zero per cent")
            @DecimalMax(value = "500", message = "must be at most 500 per cent") BigDecimal overspendReviewPercent,
            @NotNull @DecimalMin(value = "0.01", message = "must be more than zero per cent")
            @DecimalMax(value = "100", message = "must be at most 100 per cent") BigDecimal underspendReviewPercent,
            @Min(value = 0, message = "must not be negative") @Max(value = 365, message = "must be at most 365 days")
            int providerChangeNoticeDays,
            @Min(value = 1, message = "must be at least one month")
            @Max(value = 36, message = "must be at most 36 months") int reviewIntervalMonths,
            @Min(value = 1, message = "must be at least one day") @Max(value = 90, message = "must be at most 90 days")
            int signingDeadlineDays) {
    }

    private BigDecimal overspendReviewPercent;
    private BigDecimal underspendReviewPercent;
    private int providerChangeNoticeDays;
    private int reviewIntervalMonths;
    private int signingDeadlineDays;

    protected IsfPolicy() {
    }

    IsfPolicy(Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        restate(figures);
    }

    public BigDecimal overspendReviewPercent() {
        return overspendReviewPercent;
    }

    public BigDecimal underspendReviewPercent() {
        return underspendReviewPercent;
    }

    public int providerChangeNoticeDays() {
        return providerChangeNoticeDays;
    }

    public int reviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public int signingDeadlineDays() {
        return signingDeadlineDays;
    }

    @Override
    protected NoFields series() {
        return new NoFields();
    }

    @Override
    protected Figures figures() {
        return new Figures(overspendReviewPercent, underspendReviewPercent, providerChangeNoticeDays,
                reviewIntervalMonths, signingDeadlineDays);
    }

    @Override
    protected void restate(Figures figures) {
        this.overspendReviewPercent = figures.overspendReviewPercent();
        this.underspendReviewPercent = figures.underspendReviewPercent();
        this.providerChangeNoticeDays = figures.providerChangeNoticeDays();
        this.reviewIntervalMonths = figures.reviewIntervalMonths();
        this.signingDeadlineDays = figures.signingDeadlineDays();
    }

    IsfPolicyView view() {
        return new IsfPolicyView(id(), period().effectiveFrom(), period().effectiveTo(), overspendReviewPercent,
                underspendReviewPercent, providerChangeNoticeDays, reviewIntervalMonths, signingDeadlineDays,
                sourceNote(), recordedBy(), recordedAt());
    }
}
