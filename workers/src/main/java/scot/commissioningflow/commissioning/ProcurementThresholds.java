package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdCode;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdView;
import scot.commissioningflow.platform.web.Conflict;

/** The procurement thresholds in force on a date, and new figures recorded as they are announced. */
@Service
public class ProcurementThresholds {

    private final ProcurementThresholdRepository thresholds;
    private final Clock clock;

    ProcurementThresholds(ProcurementThresholdRepository thresholds, Clock clock) {
        this.thresholds = thresholds;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BigDecimal on(ThresholdCode code, LocalDate date) {
        return thresholds.findFirstByThresholdCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(code.name(),
                date).map(ProcurementThreshold::amount).orElseThrow(() -> new IllegalStateException(
                "No " + code + " threshold is recorded as in force on " + date
                        + "; record one through /api/reference-data/procurement-thresholds."));
    }

    @Transactional(readOnly = true)
    public List<ThresholdView> all() {
        return thresholds.findAllByOrderByThresholdCodeAscEffectiveFromAsc().stream()
                .map(ProcurementThreshold::view).toList();
    }

    @Transactional
    public ThresholdView record(ThresholdCode code, BigDecimal amount, boolean includesVat, LocalDate effectiveFrom,
            String source, String recordedBy) {
        if (thresholds.existsByThresholdCodeAndEffectiveFrom(code.name(), effectiveFrom)) {
            throw new Conflict("A " + code + " threshold taking effect on " + effectiveFrom
                    + " is already recorded; record the correction with its own effective date.");
        }
        return thresholds.save(new ProcurementThreshold(code, amount, includesVat, effectiveFrom, source, recordedBy,
                clock.instant())).view();
    }
}
