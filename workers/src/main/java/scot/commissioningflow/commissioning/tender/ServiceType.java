package scot.commissioningflow.commissioning.tender;

/** What is bought decides which thresholds apply: care falls under the light-touch regime. */
public enum ServiceType {
    /** Health and social care services (light-touch regime, Act s.12 direct award possible). */
    SOCIAL_CARE,
    /** Any other services. */
    OTHER_SERVICES
}
