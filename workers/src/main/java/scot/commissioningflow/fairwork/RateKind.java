package scot.commissioningflow.fairwork;

/** The hourly pay rates held by period. */
public enum RateKind {
    ADULT_SOCIAL_CARE_MINIMUM("adult social care minimum"),
    REAL_LIVING_WAGE_UK("real Living Wage"),
    REAL_LIVING_WAGE_LONDON("London Living Wage");

    private final String readableName;

    RateKind(String readableName) {
        this.readableName = readableName;
    }

    public String readableName() {
        return readableName;
    }
}
