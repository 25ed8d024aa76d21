package scot.commissioningflow.monitoring.tier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import scot.commissioningflow.referencedata.EffectiveDated;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;

/**
 * The points each risk factor adds to a contract's risk score, and how far delivered hours may fall short of those
 * planned before a return raises a finding.
 */
@Entity
@Table(name = "monitoring_risk_weights")
public class RiskWeights extends EffectiveDated<NoFields, RiskWeights.Figures> {

    @Schema(name = "MonitoringRiskWeights")
    public record Figures(
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPer100kValue,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsComplexClientGroup,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPer10People,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPerGradeBelowGood,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsNotGraded,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPerUpheldComplaint,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPerEnforcement,
            @Min(value = 0, message = "must not be negative") @Max(value = 100, message = "must be at most 100")
            int pointsPerRecentFinding,
            @NotNull @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "50", message = "must be at most 50 per cent") BigDecimal hoursTolerancePercent) {
    }

    public record View(long id, LocalDate effectiveFrom, LocalDate effectiveTo, Figures figures, String sourceNote,
            String recordedBy, Instant recordedAt) {
    }

    @Column(name = "points_per_100k_value")
    private int pointsPer100kValue;
    private int pointsComplexClientGroup;
    @Column(name = "points_per_10_people")
    private int pointsPer10People;
    private int pointsPerGradeBelowGood;
    private int pointsNotGraded;
    private int pointsPerUpheldComplaint;
    private int pointsPerEnforcement;
    private int pointsPerRecentFinding;
    private BigDecimal hoursTolerancePercent;

    protected RiskWeights() {
    }

    RiskWeights(Period period, Figures figures, String sourceNote) {
        super(period, sourceNote);
        restate(figures);
    }

    @Override
    protected NoFields series() {
        return new NoFields();
    }

    @Override
    public Figures figures() {
        return new Figures(pointsPer100kValue, pointsComplexClientGroup, pointsPer10People, pointsPerGradeBelowGood,
                pointsNotGraded, pointsPerUpheldComplaint, pointsPerEnforcement, pointsPerRecentFinding,
                hoursTolerancePercent);
    }

    @Override
    protected void restate(Figures figures) {
        this.pointsPer100kValue = figures.pointsPer100kValue();
        this.pointsComplexClientGroup = figures.pointsComplexClientGroup();
        this.pointsPer10People = figures.pointsPer10People();
        this.pointsPerGradeBelowGood = figures.pointsPerGradeBelowGood();
        this.pointsNotGraded = figures.pointsNotGraded();
        this.pointsPerUpheldComplaint = figures.pointsPerUpheldComplaint();
        this.pointsPerEnforcement = figures.pointsPerEnforcement();
        this.pointsPerRecentFinding = figures.pointsPerRecentFinding();
        this.hoursTolerancePercent = figures.hoursTolerancePercent();
    }

    View view() {
        return new View(id(), period().effectiveFrom(), period().effectiveTo(), figures(), sourceNote(),
                recordedBy(), recordedAt());
    }
}
