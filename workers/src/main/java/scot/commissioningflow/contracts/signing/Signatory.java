package scot.commissioningflow.contracts.signing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.SignatoryView;

/** One party asked to sign one contract document, and, once signed, who signed, when, on what authority. */
@Entity
@Table(name = "contract_signatory")
class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String contractReference;
    private String role;
    private String name;
    private String email;

    @Enumerated(EnumType.STRING)
    private Signer.Party party;

    private String organisation;
    private String username;
    private String representativeUsername;
    private String signedBy;
    private String onBehalfOf;
    private String authority;
    private String documentSha256;
    private String channel;
    private Instant signedAt;
    private int remindersSent;

    protected Signatory() {
    }

    Signatory(String contractReference, SignatoryRequest request) {
        this.contractReference = contractReference;
        this.role = request.role();
        this.name = request.name();
        this.email = request.email();
        if (request.signer() != null) {
            this.party = request.signer().party();
            this.organisation = request.signer().organisation();
            this.username = request.signer().username();
            this.representativeUsername = request.signer().representativeUsername();
        }
    }

    void sign(String signedBy, String onBehalfOf, String authority, String documentSha256, String channel,
            Instant at) {
        this.signedBy = signedBy;
        this.onBehalfOf = onBehalfOf;
        this.authority = authority;
        this.documentSha256 = documentSha256;
        this.channel = channel;
        this.signedAt = at;
    }

    void reminded() {
        remindersSent++;
    }

    boolean signed() {
        return signedAt != null;
    }

    /** Who may sign for this party; empty for a party asked before signers were recorded. */
    Optional<Signer> signer() {
        return party == null ? Optional.empty()
                : Optional.of(new Signer(party, organisation, username, representativeUsername));
    }

    String contractReference() {
        return contractReference;
    }

    String role() {
        return role;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    SignatoryView view() {
        return new SignatoryView(role, name, email, signed(), signedBy, onBehalfOf, authority, signedAt, channel,
                remindersSent);
    }
}
