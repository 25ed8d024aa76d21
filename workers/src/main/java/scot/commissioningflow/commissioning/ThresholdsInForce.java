package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import scot.commissioningflow.commissioning.ProcurementThreshold.ThresholdCode;

/**
 * The procurement thresholds in force on the day the route is chosen, as procurement-route.dmn reads them: the
 * regulated and GPA thresholds exclude VAT, the light-touch threshold includes it. Read here, beside the threshold
 * reference data, because that is where the threshold codes can be named.
 */
public record ThresholdsInForce(BigDecimal regulatedThreshold, BigDecimal lightTouchThreshold,
        BigDecimal gpaThreshold) {

    public static ThresholdsInForce on(ProcurementThresholds thresholds, LocalDate day) {
        return new ThresholdsInForce(thresholds.on(ThresholdCode.REGULATED_SERVICES, day),
                thresholds.on(ThresholdCode.LIGHT_TOUCH, day),
                thresholds.on(ThresholdCode.GPA_SUB_CENTRAL_SERVICES, day));
    }
}
