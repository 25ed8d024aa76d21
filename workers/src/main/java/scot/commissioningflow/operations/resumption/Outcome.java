package scot.commissioningflow.operations.resumption;

/** What became of a record whose process the engine lost. */
public enum Outcome {
    /** Started again, in a new instance, before the step it had reached. */
    RESUMED,
    /** Left where it was; an officer decides what to do, from the reason. */
    NOT_RESUMED
}
