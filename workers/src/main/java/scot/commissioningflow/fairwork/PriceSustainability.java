package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;
import scot.commissioningflow.fairwork.referencedata.OnCostRateView;

/**
 * Flags an hourly price that cannot pay the direct care pay floor on the start date and carry the on-costs an
 * employer bears on it (employer National Insurance, pension, holiday pay, training, travel time), as an abnormally
 * low price the procurement officer must question before award.
 */
@Service
public class PriceSustainability {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FairWorkFigures figures;

    PriceSustainability(FairWorkFigures figures) {
        this.figures = figures;
    }

    /** @throws ReferenceDataNotHeld when the pay floor or an on-cost is not held for the start date */
    @Transactional(readOnly = true)
    public PriceAssessment assess(BigDecimal hourlyPrice, LocalDate startDate) {
        return assess(hourlyPrice, figures.floorOn(WorkType.DIRECT_CARE, startDate));
    }

    /** The least hourly price that pays this floor and its on-costs on the floor's date. */
    @Transactional(readOnly = true)
    public SustainablePrice sustainablePrice(PayFloor floor) {
        List<PriceAssessment.OnCost> costs = new ArrayList<>();
        for (OnCostComponent component : OnCostComponent.values()) {
            OnCostRateView rate = figures.onCostOn(component, floor.date());
            // Each on-cost is rounded to the penny so that the sum shown adds up exactly.
            BigDecimal amount = floor.hourlyRate().multiply(rate.percentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            costs.add(new PriceAssessment.OnCost(component, rate.percentage(), amount, rate.inferred()));
        }
        BigDecimal totalPercentage = costs.stream().map(PriceAssessment.OnCost::percentage)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal least = costs.stream().map(PriceAssessment.OnCost::amount)
                .reduce(floor.hourlyRate(), BigDecimal::add);
        return new SustainablePrice(floor, costs, totalPercentage, least);
    }

    private PriceAssessment assess(BigDecimal hourlyPrice, PayFloor floor) {
        SustainablePrice sustainable = sustainablePrice(floor);
        BigDecimal price = hourlyPrice.setScale(2, RoundingMode.HALF_UP);
        BigDecimal least = sustainable.leastSustainablePrice();
        boolean low = price.compareTo(least) < 0;
        BigDecimal shortfall = low ? least.subtract(price) : BigDecimal.ZERO.setScale(2);
        return new PriceAssessment(price, floor.date(), floor, sustainable.onCosts(),
                sustainable.totalOnCostPercentage(), least, low, shortfall,
                arithmetic(price, floor, sustainable.onCosts(), least, low),
                explanation(price, floor, sustainable.totalOnCostPercentage(), least, low, shortfall));
    }

    private static List<String> arithmetic(BigDecimal price, PayFloor floor, List<PriceAssessment.OnCost> costs,
            BigDecimal least, boolean low) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + Wording.money(floor.hourlyRate()) + " pay floor: " + floor.describe());
        for (PriceAssessment.OnCost cost : costs) {
            lines.add("+ " + Wording.money(cost.amount()) + " " + cost.component().readableName() + " ("
                    + Wording.percentage(cost.percentage()) + " of " + Wording.money(floor.hourlyRate()) + ")");
        }
        lines.add("= " + Wording.money(least) + " least sustainable hourly price");
        lines.add(low ? "  " + Wording.money(price) + " bid is " + Wording.money(least.subtract(price)) + " short"
                : "  " + Wording.money(price) + " bid covers it with " + Wording.money(price.subtract(least))
                        + " to spare");
        return lines;
    }

    private static String explanation(BigDecimal price, PayFloor floor, BigDecimal totalPercentage, BigDecimal least,
            boolean low, BigDecimal shortfall) {
        String basis = Wording.money(least) + " an hour needed to pay " + floor.describe() + " plus on-costs of "
                + Wording.percentage(totalPercentage);
        return low
                ? "A price of " + Wording.money(price) + " an hour is abnormally low: it is "
                        + Wording.difference(shortfall) + " short of the " + basis + "."
                : "A price of " + Wording.money(price) + " an hour covers the " + basis + ".";
    }
}
