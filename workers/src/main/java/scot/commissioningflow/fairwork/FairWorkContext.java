package scot.commissioningflow.fairwork;

/** Where a fair work check is made: it decides which criteria are mandatory and which are scored. */
public enum FairWorkContext {
    TENDER("a tender"),
    FRAMEWORK_ADMISSION("admission to a framework"),
    ISF("an Option 2 individual service fund"),
    GRANT("a grant");

    private final String phrase;

    FairWorkContext(String phrase) {
        this.phrase = phrase;
    }

    /** How the context reads inside a sentence, e.g. "for a tender starting 1 April 2026". */
    public String phrase() {
        return phrase;
    }
}
