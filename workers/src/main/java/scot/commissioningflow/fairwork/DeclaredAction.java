package scot.commissioningflow.fairwork;

/**
 * What a provider says it does about a criterion answered in words (workforce development, gender pay gap): a
 * description, or a bare yes or no when the calling form asked a yes/no question.
 */
public record DeclaredAction(boolean committed, String description) {

    static DeclaredAction described(String text) {
        return new DeclaredAction(!text.isBlank(), text.strip());
    }

    static DeclaredAction answered(boolean yes) {
        return new DeclaredAction(yes, null);
    }

    boolean describedInWords() {
        return description != null && !description.isBlank();
    }
}
