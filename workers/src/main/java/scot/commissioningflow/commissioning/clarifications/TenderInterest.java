package scot.commissioningflow.commissioning.clarifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider who registered interest in a tender, and so receives every clarification answer. */
@Entity
@Table(name = "tender_interest")
class TenderInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenderReference;
    private String providerReference;
    private String providerName;
    private String contactEmail;
    private Instant registeredAt;

    protected TenderInterest() {
    }

    TenderInterest(String tenderReference, String providerReference, String providerName, String contactEmail,
            Instant registeredAt) {
        this.tenderReference = tenderReference;
        this.providerReference = providerReference;
        this.providerName = providerName;
        this.contactEmail = contactEmail;
        this.registeredAt = registeredAt;
    }

    String providerName() {
        return providerName;
    }

    String contactEmail() {
        return contactEmail;
    }

    String providerReference() {
        return providerReference;
    }
}
