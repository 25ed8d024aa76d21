package scot.commissioningflow.providers;

/** The sustainable procurement duty (Act s.9) asks commissioners to consider these kinds of provider. */
public enum OrganisationType {
    THIRD_SECTOR,
    PRIVATE,
    PUBLIC,
    SUPPORTED_BUSINESS
}
