package scot.commissioningflow.portal;

/**
 * A place in the portal where a person starts some of their work: shown on the home page and in the navigation.
 *
 * @param order       where it comes among the others (lower first)
 * @param label       the link's words, such as "Your tasks"
 * @param path        the page's path, such as {@code /inbox}
 * @param description one sentence saying what the person does there
 */
public record StartingPoint(int order, String label, String path, String description) {
}
