package scot.commissioningflow.isf.agreement;

import java.util.List;

/**
 * The fields of the contracts feature's variation template ({@code contract-variation.docx}) for a new ISF budget:
 * the budget lines that change, and why, in plain words.
 */
public record VariationFields(String variationReference, String contractReference, String contractTitle,
        String commissioner, String providerName, String effectiveFrom, String reason, List<TermChange> changes) {

    /** The contracts feature's own variation template: a variation is not a new agreement. */
    public static final String TEMPLATE = "contract-variation.docx";

    /** One changed term of the agreement, before and after. */
    public record TermChange(String term, String before, String after) {
    }
}
