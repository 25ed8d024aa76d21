package scot.commissioningflow.fairwork;

/** The seven Fair Work First criteria, in the order the Scottish Procurement Policy Handbook lists them. */
public enum Criterion {
    REAL_LIVING_WAGE,
    EFFECTIVE_VOICE,
    WORKFORCE_DEVELOPMENT,
    NO_INAPPROPRIATE_ZERO_HOURS,
    GENDER_PAY_GAP,
    FLEXIBLE_WORKING,
    NO_FIRE_AND_REHIRE
}
