package scot.commissioningflow.identity;

import java.util.Locale;
import java.util.Optional;

/** What a person does in commissioning; a person may hold several. */
public enum Role {
    /** Designs and runs tenders and call-offs for a council or partnership, and decides awards. */
    COMMISSIONER,
    /** Runs procurement procedure and monitors contracts. */
    PROCUREMENT_OFFICER,
    /** The procurement officer who owns procurement thresholds and the council's procurement settings. */
    PROCUREMENT_LEAD,
    /** Scores tender responses. */
    EVALUATOR,
    /** Assesses collaboration funding applications. */
    PANEL_MEMBER,
    /** Acts for one provider organisation. */
    PROVIDER_USER,
    /** Assesses need and supports people to direct their support. */
    SOCIAL_WORKER,
    /** A person who uses support. */
    SUPPORTED_PERSON,
    /** An attorney or guardian acting for a named supported person. */
    REPRESENTATIVE,
    /** Reads programme-wide reports on commissioning. */
    PROGRAMME_ANALYST,
    /** Keeps the product's accounts and reference data. */
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads a role as an identity provider or an account may write it: {@code provider-user}, {@code PROVIDER_USER}. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (name.startsWith("ROLE_")) {
            name = name.substring("ROLE_".length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
