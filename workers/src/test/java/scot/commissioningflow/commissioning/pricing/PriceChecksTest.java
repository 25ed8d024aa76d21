package scot.commissioningflow.commissioning.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.fairwork.PriceAssessment;
import scot.commissioningflow.fairwork.PriceSustainability;

/** The price check both a s.12 direct award and a quick quote make: the fair-work sum read as go or back. */
class PriceChecksTest {

    private static final LocalDate START = LocalDate.parse("2027-04-01");

    private final PriceSustainability sustainability = mock(PriceSustainability.class);
    private final PriceChecks checks = new PriceChecks(sustainability);

    @Test
    void aPriceThatCarriesTheFloorAndOnCostsIsSustainableWithItsSum() {
        when(sustainability.assess(new BigDecimal("26.00"), START)).thenReturn(assessment(false,
                "A price of £26.00 an hour covers the £24.37 an hour needed."));

        PriceChecked checked = checks.check(new BigDecimal("26.00"), START);

        assertThat(checked.priceSustainable()).isTrue();
        assertThat(checked.priceExplanation()).isEqualTo("A price of £26.00 an hour covers the £24.37 an hour needed.");
    }

    @Test
    void anAbnormallyLowPriceIsNotSustainableAndSaysWhy() {
        when(sustainability.assess(new BigDecimal("19.00"), START)).thenReturn(assessment(true,
                "A price of £19.00 an hour is abnormally low: it is £5.37 short."));

        PriceChecked checked = checks.check(new BigDecimal("19.00"), START);

        assertThat(checked.priceSustainable()).isFalse();
        assertThat(checked.priceExplanation())
                .isEqualTo("A price of £19.00 an hour is abnormally low: it is £5.37 short.");
    }

    private static PriceAssessment assessment(boolean abnormallyLow, String explanation) {
        return new PriceAssessment(null, START, null, List.of(), null, null, abnormallyLow, null, List.of(),
                explanation);
    }
}
