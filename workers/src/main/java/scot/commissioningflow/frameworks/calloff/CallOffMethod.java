package scot.commissioningflow.frameworks.calloff;

/** How a call-off is made, named as the OCDS techniques extension names it (frameworkAgreement.method). */
public enum CallOffMethod {
    /** A direct award on the framework's own terms: by its ranking, or by the supported person's choice. */
    WITHOUT_REOPENING_COMPETITION("withoutReopeningCompetition"),
    /** A mini-competition among the lot's capable members. */
    WITH_REOPENING_COMPETITION("withReopeningCompetition");

    private final String ocdsCode;

    CallOffMethod(String ocdsCode) {
        this.ocdsCode = ocdsCode;
    }

    public String ocdsCode() {
        return ocdsCode;
    }
}
