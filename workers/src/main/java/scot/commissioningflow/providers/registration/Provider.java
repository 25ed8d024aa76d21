package scot.commissioningflow.providers.registration;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import scot.commissioningflow.platform.persistence.JsonMapConverter;
import scot.commissioningflow.providers.InspectionCheck;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegistration;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.providers.ProviderView;

@Entity
@Table(name = "provider")
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;

    private boolean sme;
    private String careInspectorateNumber;
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private ProviderStatus status;

    @Enumerated(EnumType.STRING)
    private InspectionCheck inspectionCheck;

    // Only ever replaced, never changed in place: Hibernate then keeps no JSON copy of it to compare at flush.
    @Convert(converter = JsonMapConverter.class)
    @Mutability(Immutability.class)
    private Map<String, Object> careInspectorateGrades;

    private String decisionNotes;
    private String decidedBy;
    private long registrationProcessKey;
    private Instant registeredAt;
    private Instant decidedAt;

    protected Provider() {
    }

    Provider(String reference, ProviderRegistration registration, long registrationProcessKey, Instant at) {
        this.reference = reference;
        this.name = registration.name();
        this.organisationType = registration.organisationType();
        this.sme = registration.sme();
        this.careInspectorateNumber = registration.careInspectorateNumber();
        this.contactEmail = registration.contactEmail();
        this.registrationProcessKey = registrationProcessKey;
        this.status = ProviderStatus.PENDING_REVIEW;
        this.inspectionCheck = InspectionCheck.NOT_YET_CHECKED;
        this.registeredAt = at;
    }

    void recordInspection(InspectionCheck check, Map<String, Object> grades) {
        this.inspectionCheck = check;
        this.careInspectorateGrades = grades;
    }

    void decide(boolean admit, String notes, String by, Instant at) {
        this.status = admit ? ProviderStatus.ADMITTED : ProviderStatus.DECLINED;
        this.decisionNotes = notes;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The engine lost the registration's process; it carries on in this one. */
    void resumedAs(long processInstanceKey) {
        this.registrationProcessKey = processInstanceKey;
    }

    ProviderView view() {
        return new ProviderView(reference, name, organisationType, sme, careInspectorateNumber, contactEmail, status,
                inspectionCheck, careInspectorateGrades, decisionNotes, decidedBy, registrationProcessKey,
                registeredAt, decidedAt);
    }

    String careInspectorateNumber() {
        return careInspectorateNumber;
    }
}
