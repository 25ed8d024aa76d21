package scot.commissioningflow.referencedata;

/**
 * The person changing reference data, as the request names them. Taken from the request in one place,
 * {@link EditorArgument}, which sign-in will replace.
 *
 * @param name who, for the audit trail; never blank
 * @param role in what capacity (e.g. {@code COMMISSIONER}), or null when the request does not say
 */
public record Editor(String name, String role) {
}
