package scot.commissioningflow.fairwork;

/** Costs an hourly price has to carry on top of pay. */
public enum OnCostComponent {
    EMPLOYER_NATIONAL_INSURANCE("employer National Insurance"),
    PENSION("employer pension contributions"),
    HOLIDAY_PAY("holiday pay"),
    TRAINING("training"),
    TRAVEL_TIME("travel time");

    private final String readableName;

    OnCostComponent(String readableName) {
        this.readableName = readableName;
    }

    public String readableName() {
        return readableName;
    }
}
