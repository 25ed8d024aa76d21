package scot.commissioningflow.frameworks.admission;

public enum ApplicationOutcome {
    SUBMITTED,
    ADMITTED,
    /** Not registered and active with the Care Inspectorate, or graded below the lot's minimum. */
    REFUSED_REGISTRATION,
    /** The fair work check for framework admission was not met. */
    REFUSED_FAIR_WORK
}
