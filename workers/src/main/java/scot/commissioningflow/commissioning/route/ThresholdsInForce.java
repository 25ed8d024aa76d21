package scot.commissioningflow.commissioning.route;

import java.math.BigDecimal;

/**
 * The procurement thresholds in force on the day the route is chosen, as procurement-route.dmn reads them: the
 * regulated and GPA thresholds exclude VAT, the light-touch threshold includes it.
 */
public record ThresholdsInForce(BigDecimal regulatedThreshold, BigDecimal lightTouchThreshold,
        BigDecimal gpaThreshold) {
}
