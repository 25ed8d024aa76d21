package scot.commissioningflow.referencedata;

/**
 * For a dataset that is a single series (the grant self-declaration limit, the ISF policy) or whose figures are
 * nothing but their period (which rate sets a pay floor).
 */
public record NoFields() {
}
