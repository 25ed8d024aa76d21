package scot.commissioningflow.monitoring.tier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.Period;

/**
 * How often a tier's contracts are reviewed, how, the officer's time a review is expected to take, and how long the
 * provider has to send its return (with a reminder a few days before it is due).
 */
@Entity
@Table(name = "monitoring_tier_figure")
public class TierFigure extends EffectiveDated<TierFigure.Series, TierFigure.Figures> {

    @Schema(name = "MonitoringTierSeries")
    public record Series(@NotNull Tier tier) {
    }

    @Schema(name = "MonitoringTierFigures")
    public record Figures(
            @Min(value = 1, message = "must be at least one month")
            @Max(value = 36, message = "must be at most 36 months") int reviewIntervalMonths,
            @NotNull ReviewType reviewType,
            @NotNull @DecimalMin(value = "0.5", message = "must be at least half an hour")
            @DecimalMax(value = "100", message = "must be at most 100 hours") BigDecimal officerHoursPerReview,
            @Min(value = 7, message = "must be at least 7 days")
            @Max(value = 90, message = "must be at most 90 days") int returnDueDays,
            // At most 6, fewer than the shortest time to reply, so the reminder always falls after the review opens.
            @Min(value = 1, message = "must be at least 1 day")
            @Max(value = 6, message = "must be at most 6 days") int reminderDaysBeforeDue) {
    }

    public record View(long id, Tier tier, LocalDate effectiveFrom, LocalDate effectiveTo, int reviewIntervalMonths,
            ReviewType reviewType, BigDecimal officerHoursPerReview, int returnDueDays, int reminderDaysBeforeDue,
            String sourceNote, String recordedBy, Instant recordedAt) {
    }

    @Enumerated(EnumType.STRING)
    private Tier tier;
    private int reviewIntervalMonths;
    @Enumerated(EnumType.STRING)
    private ReviewType reviewType;
    private BigDecimal officerHoursPerReview;
    /** Days after a review opens that the provider's return is due; after that the review goes on without it. */
    private int returnDueDays;
    private int reminderDaysBeforeDue;

    protected TierFigure() {
    }

    TierFigure(Series series, Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        this.tier = series.tier();
        restate(figures);
    }

    @Override
    protected Series series() {
        return new Series(tier);
    }

    @Override
    protected Figures figures() {
        return new Figures(reviewIntervalMonths, reviewType, officerHoursPerReview, returnDueDays,
                reminderDaysBeforeDue);
    }

    @Override
    protected void restate(Figures figures) {
        this.reviewIntervalMonths = figures.reviewIntervalMonths();
        this.reviewType = figures.reviewType();
        this.officerHoursPerReview = figures.officerHoursPerReview();
        this.returnDueDays = figures.returnDueDays();
        this.reminderDaysBeforeDue = figures.reminderDaysBeforeDue();
    }

    View view() {
        return new View(id(), tier, period().effectiveFrom(), period().effectiveTo(), reviewIntervalMonths,
                reviewType, officerHoursPerReview, returnDueDays, reminderDaysBeforeDue, sourceNote(), recordedBy(),
                recordedAt());
    }
}
