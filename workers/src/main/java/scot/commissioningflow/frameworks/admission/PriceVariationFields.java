package scot.commissioningflow.frameworks.admission;

import java.util.List;

/**
 * The fields of the contracts feature's variation template ({@code contract-variation.docx}) for a member's
 * re-issued price schedule: each priced service before and after.
 */
public record PriceVariationFields(String variationReference, String contractReference, String contractTitle,
        String commissioner, String providerName, String effectiveFrom, String reason, List<TermChange> changes) {

    public static final String TEMPLATE = "contract-variation.docx";

    public record TermChange(String term, String before, String after) {
    }
}
