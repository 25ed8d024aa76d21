package scot.commissioningflow.frameworks.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Participant;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Who;

/** Someone who took part in a package, at which stage (shaping it, choosing the provider) and how. */
@Entity
@Table(name = "care_package_participant")
class PackageParticipant {

    enum Stage {
        SHAPING,
        CHOOSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long carePackageId;

    @Enumerated(EnumType.STRING)
    private Who who;

    private String name;
    private String how;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    protected PackageParticipant() {
    }

    PackageParticipant(Long carePackageId, Participant participant, Stage stage) {
        this.carePackageId = carePackageId;
        this.who = participant.who();
        this.name = participant.name();
        this.how = participant.how();
        this.stage = stage;
    }

    CarePackageView.ParticipantView view() {
        return new CarePackageView.ParticipantView(who, name, how, stage.name());
    }
}
