package scot.commissioningflow.providers.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Persistable;
import scot.commissioningflow.providers.CareServiceChanged.Change;
import scot.commissioningflow.providers.KeyQuestion;
import scot.commissioningflow.providers.RegisteredCareService;
import scot.commissioningflow.providers.RegistrationStatus;

/** A registered care service as the last import left it, keyed by its CS number. */
@Entity
@Table(name = "care_service")
class StoredCareService implements Persistable<String> {

    @Id
    private String serviceNumber;

    private String serviceName;
    private String providerName;
    private String providerNumber;
    private String careService;
    private String subtype;
    private String providerSector;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private String councilArea;
    private String clientGroup;
    private Integer registeredPlaces;
    private Integer gradeSupportWellbeing;
    private Integer gradeCareAndSupportPlanning;
    private Integer gradeSetting;
    private Integer gradeStaffTeam;
    private Integer gradeLeadership;
    private Integer gradeCarePlayAndLearning;
    private Integer lowestGrade;
    private LocalDate lastInspection;
    private String complaintsYear;
    private int complaintsUpheld;
    private int enforcementsIssued;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private Instant gradesSeenAt;

    /** The key is the CS number, not generated: a service not yet stored is inserted without reading first. */
    @Transient
    private boolean stored = true;

    protected StoredCareService() {
    }

    StoredCareService(RegisteredCareService seen, Instant at) {
        this.serviceNumber = seen.serviceNumber();
        this.stored = false;
        this.firstSeenAt = at;
        this.gradesSeenAt = at;
        take(seen, at);
    }

    /** Takes what the import says of the service and answers what changed that others act on. */
    Set<Change> refresh(RegisteredCareService seen, Instant at) {
        RegisteredCareService before = view();
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!before.grades().equals(seen.grades()) || !Objects.equals(before.lowestGrade(), seen.lowestGrade())) {
            changes.add(Change.GRADES);
            this.gradesSeenAt = at;
        }
        if (before.status() != seen.status()) {
            changes.add(Change.STATUS);
        }
        if (!before.complaintsYear().equals(seen.complaintsYear())
                || before.complaintsUpheld() != seen.complaintsUpheld()) {
            changes.add(Change.COMPLAINTS);
        }
        if (!before.complaintsYear().equals(seen.complaintsYear())
                || before.enforcementsIssued() != seen.enforcementsIssued()) {
            changes.add(Change.ENFORCEMENTS);
        }
        take(seen, at);
        return changes;
    }

    private void take(RegisteredCareService seen, Instant at) {
        this.serviceName = seen.serviceName();
        this.providerName = seen.providerName();
        this.providerNumber = seen.providerNumber();
        this.careService = seen.careService();
        this.subtype = seen.subtype();
        this.providerSector = seen.providerSector();
        this.status = seen.status();
        this.councilArea = seen.councilArea();
        this.clientGroup = seen.clientGroup();
        this.registeredPlaces = seen.registeredPlaces();
        Map<KeyQuestion, Integer> grades = seen.grades();
        this.gradeSupportWellbeing = grades.get(KeyQuestion.SUPPORT_WELLBEING);
        this.gradeCareAndSupportPlanning = grades.get(KeyQuestion.CARE_AND_SUPPORT_PLANNING);
        this.gradeSetting = grades.get(KeyQuestion.SETTING);
        this.gradeStaffTeam = grades.get(KeyQuestion.STAFF_TEAM);
        this.gradeLeadership = grades.get(KeyQuestion.LEADERSHIP);
        this.gradeCarePlayAndLearning = grades.get(KeyQuestion.CARE_PLAY_AND_LEARNING);
        this.lowestGrade = seen.lowestGrade();
        this.lastInspection = seen.lastInspection();
        this.complaintsYear = seen.complaintsYear();
        this.complaintsUpheld = seen.complaintsUpheld();
        this.enforcementsIssued = seen.enforcementsIssued();
        this.lastSeenAt = at;
    }

    RegisteredCareService view() {
        Map<KeyQuestion, Integer> grades = new EnumMap<>(KeyQuestion.class);
        put(grades, KeyQuestion.SUPPORT_WELLBEING, gradeSupportWellbeing);
        put(grades, KeyQuestion.CARE_AND_SUPPORT_PLANNING, gradeCareAndSupportPlanning);
        put(grades, KeyQuestion.SETTING, gradeSetting);
        put(grades, KeyQuestion.STAFF_TEAM, gradeStaffTeam);
        put(grades, KeyQuestion.LEADERSHIP, gradeLeadership);
        put(grades, KeyQuestion.CARE_PLAY_AND_LEARNING, gradeCarePlayAndLearning);
        return new RegisteredCareService(serviceNumber, serviceName, providerName, providerNumber, careService,
                subtype, providerSector, status, councilArea, clientGroup, registeredPlaces, grades, lowestGrade,
                lastInspection, complaintsYear, complaintsUpheld, enforcementsIssued, firstSeenAt, lastSeenAt,
                gradesSeenAt);
    }

    private static void put(Map<KeyQuestion, Integer> grades, KeyQuestion question, Integer grade) {
        if (grade != null) {
            grades.put(question, grade);
        }
    }

    @Override
    public String getId() {
        return serviceNumber;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        this.stored = true;
    }
}
