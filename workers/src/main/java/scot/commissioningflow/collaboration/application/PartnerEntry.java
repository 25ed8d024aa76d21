package scot.commissioningflow.collaboration.application;

import java.time.Instant;
import scot.commissioningflow.collaboration.application.ApplicationRequest.RegisterKind;

/**
 * One organisation in a partnership, the lead included, with its part as the lead described it and, once it has
 * confirmed, its own words about its part and who confirmed it.
 */
public record PartnerEntry(String providerReference, String name, String email, RegisterKind registerKind,
        String registerNumber, String part, boolean lead, String confirmedPart, String confirmedBy,
        Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedBy != null;
    }

    PartnerEntry confirm(String inOwnWords, String by, Instant at) {
        return new PartnerEntry(providerReference, name, email, registerKind, registerNumber, part, lead, inOwnWords,
                by, at);
    }
}
