package scot.commissioningflow.frameworks.calloff;

/** On what a call-off without reopening competition picks its provider. */
public enum DirectBasis {
    /** The lot member the framework ranks highest that may be given work on the day. */
    FRAMEWORK_RANKING,
    /** The provider the supported person chose, with their reason recorded. */
    PERSONS_CHOICE
}
