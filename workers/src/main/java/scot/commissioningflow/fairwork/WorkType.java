package scot.commissioningflow.fairwork;

/** Kinds of work with a pay floor of their own. */
public enum WorkType {
    DIRECT_CARE("direct care"),
    SLEEPOVER("sleepover hours");

    private final String readableName;

    WorkType(String readableName) {
        this.readableName = readableName;
    }

    public String readableName() {
        return readableName;
    }
}
