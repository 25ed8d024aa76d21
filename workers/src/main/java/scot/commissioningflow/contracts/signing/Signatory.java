package scot.commissioningflow.contracts.signing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
    private String signedBy;
    private String onBehalfOf;
    private String authority;
    private String documentSha256;
    private String channel;
    private Instant signedAt;
    private int remindersSent;

    protected Signatory() {
    }

    Signatory(String contractReference, String role, String name, String email) {
        this.contractReference = contractReference;
        this.role = role;
        this.name = name;
        this.email = email;
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
