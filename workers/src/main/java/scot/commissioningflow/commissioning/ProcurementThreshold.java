package scot.commissioningflow.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of one procurement threshold: a new figure is a new row from the day it takes effect. */
@Entity
@Table(name = "procurement_threshold")
class ProcurementThreshold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String thresholdCode;
    private BigDecimal amount;
    private boolean includesVat;
    private LocalDate effectiveFrom;
    private String source;
    private String recordedBy;
    private Instant recordedAt;

    protected ProcurementThreshold() {
    }

    ProcurementThreshold(ThresholdCode code, BigDecimal amount, boolean includesVat, LocalDate effectiveFrom,
            String source, String recordedBy, Instant recordedAt) {
        this.thresholdCode = code.name();
        this.amount = amount;
        this.includesVat = includesVat;
        this.effectiveFrom = effectiveFrom;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    BigDecimal amount() {
        return amount;
    }

    ThresholdView view() {
        return new ThresholdView(ThresholdCode.valueOf(thresholdCode), amount, includesVat, effectiveFrom, source,
                recordedBy, recordedAt);
    }

    /** The procurement thresholds the route decision uses. */
    public enum ThresholdCode {
        /** Act s.3: regulated procurement of services, excluding VAT. */
        REGULATED_SERVICES,
        /** Light-touch regime for social and other specific services, including VAT. */
        LIGHT_TOUCH,
        /** GPA threshold for services bought by sub-central bodies, including VAT. */
        GPA_SUB_CENTRAL_SERVICES
    }

    public record ThresholdView(ThresholdCode code, BigDecimal amount, boolean includesVat, LocalDate effectiveFrom,
            String source, String recordedBy, Instant recordedAt) {
    }
}
