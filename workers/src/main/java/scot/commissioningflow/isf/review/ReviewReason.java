package scot.commissioningflow.isf.review;

/** Why a review was opened. */
public enum ReviewReason {
    OVERSPEND("spending was running above the budget"),
    UNDERSPEND("spending was running well below the budget"),
    NEEDS_CHANGED("the person's needs changed"),
    ANNUAL("the scheduled review was due");

    private final String inWords;

    ReviewReason(String inWords) {
        this.inWords = inWords;
    }

    /** The reason as the end of a sentence such as "The budget was reviewed because ...". */
    public String inWords() {
        return inWords;
    }
}
