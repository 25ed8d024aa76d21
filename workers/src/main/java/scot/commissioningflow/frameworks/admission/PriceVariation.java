package scot.commissioningflow.frameworks.admission;

import java.math.BigDecimal;
import java.util.List;
import scot.commissioningflow.contracts.ContractRequest;

/**
 * One member's re-issued price schedule on one lot: the signed variation asked for, and the lines it sets from the
 * uplift's date. One element of the {@code priceVariations} list the uplift's multi-instance runs over.
 */
public record PriceVariation(String upliftKey, String frameworkReference, int lotNumber, String providerReference,
        List<Line> lines, ContractRequest contractRequest) {

    public record Line(String pricedService, String unit, BigDecimal rate) {
    }
}
