package scot.commissioningflow.platform.web;

/**
 * How many items a list in a request may hold, with the sentence that says so: far more than any real request
 * lists, so that only a runaway program meets the limit, and each item is then held to its own text limit.
 */
public final class ListLimits {

    /** Outcomes of a tender or of a person's support, and the ways people took part in shaping them. */
    public static final int OUTCOMES = 100;
    public static final String TOO_MANY_OUTCOMES = "must list at most 100 outcomes";
    public static final String TOO_MANY_PARTICIPANTS = "must list at most 100 ways people took part";

    /** The evaluators named on a tender. */
    public static final int EVALUATORS = 50;
    public static final String TOO_MANY_EVALUATORS = "must name at most 50 evaluators";

    /** Contracts sent for one pay uplift question: every live contract a council holds fits. */
    public static final int CONTRACTS = 10_000;
    public static final String TOO_MANY_CONTRACTS = "must list at most 10,000 contracts";

    private ListLimits() {
    }
}
