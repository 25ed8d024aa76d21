package scot.commissioningflow.commissioning.tender;

/** The routes the procurement-route decision (processes/commissioning/procurement-route.dmn) chooses between. */
public enum ProcurementRoute {
    /** Act s.12: a health or social care contract awarded without seeking offers. */
    DIRECT_AWARD_S12,
    /**
     * An existing service continues below the regulated threshold: not a regulated procurement, so not a s.12 award
     * either, and no notice is owed.
     */
    DIRECT_AWARD_BELOW_THRESHOLD,
    /** Below the regulated threshold: quotes sought from suitable providers, no notice required. */
    QUICK_QUOTE,
    /** Regulated procurement under the 2014 Act, below the GPA and light-touch thresholds. */
    REGULATED,
    /** Light-touch regime for social and other specific services (2015 Regulations, regs 74-76). */
    LIGHT_TOUCH,
    /** Above the GPA threshold: the full 2015 Regulations, with mandatory standstill. */
    ABOVE_GPA;

    /** Whether offers are sought; a direct award goes to the existing provider without them. */
    public boolean competitive() {
        return this != DIRECT_AWARD_S12 && this != DIRECT_AWARD_BELOW_THRESHOLD;
    }
}
