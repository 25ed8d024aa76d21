package scot.commissioningflow.isf.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.Stream;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/** Anyone may say the person's needs have changed; every report is kept, whether or not it opened the review. */
@Entity
@Table(name = "isf_needs_change")
class NeedsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long isfId;
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    private Role reporterRole;

    private String description;
    private Instant reportedAt;

    protected NeedsChange() {
    }

    NeedsChange(Long isfId, SignedInPerson person, String description, Instant at) {
        this.isfId = isfId;
        this.reportedBy = person.username();
        this.reporterRole = capacity(person);
        this.description = description;
        this.reportedAt = at;
    }

    /** The role in which the person reported: the first they hold of those who may see an ISF. */
    private static Role capacity(SignedInPerson person) {
        return Stream.of(Role.SOCIAL_WORKER, Role.COMMISSIONER, Role.PROVIDER_USER, Role.REPRESENTATIVE,
                Role.SUPPORTED_PERSON).filter(person::has).findFirst().orElseThrow();
    }
}
