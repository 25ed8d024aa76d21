package scot.commissioningflow.referencedata;

import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.commissioningflow.identity.Role;

/**
 * A dataset as a person reads it on a page: every period of every series with its figures as text, the fields a new
 * period is entered with, who keeps it, and the history of every change.
 *
 * @param columns the figures' field names, in the order the API gives them
 * @param periods one row per period, each field's value as text (empty when it has none)
 * @param fields  what a new period needs besides its dates, source note and reason
 */
public record DatasetPage(String name, List<String> columns, List<Map<String, String>> periods,
        List<EntryField> fields, Set<Role> keepers, List<ReferenceChangeView> history) {

    /**
     * A field of a new period.
     *
     * @param choices the values it may take, for a field of a fixed set; empty otherwise
     * @param yesNo   whether it is a yes-or-no field
     */
    public record EntryField(String name, List<String> choices, boolean yesNo) {
    }
}
