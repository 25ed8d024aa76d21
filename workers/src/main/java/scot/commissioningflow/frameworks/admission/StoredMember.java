package scot.commissioningflow.frameworks.admission;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;

@Entity
@Table(name = "framework_member")
class StoredMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String frameworkReference;
    private int lotNumber;
    private String providerReference;
    private String providerName;

    @Convert(converter = JsonColumns.ServiceNumbers.class)
    private List<String> serviceNumbers;

    private Integer lowestGrade;
    private BigDecimal frameworkScore;
    private Integer weeklyCapacityHours;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private LocalDate admittedOn;
    private String statusReason;
    private String statusChangedBy;
    private Instant statusChangedAt;

    protected StoredMember() {
    }

    StoredMember(ApplicationView application, Integer lowestGrade, BigDecimal frameworkScore, LocalDate admittedOn) {
        this.frameworkReference = application.frameworkReference();
        this.lotNumber = application.lotNumber();
        this.providerReference = application.providerReference();
        this.providerName = application.providerName();
        this.serviceNumbers = application.serviceNumbers();
        this.weeklyCapacityHours = application.weeklyCapacityHours();
        this.lowestGrade = lowestGrade;
        this.frameworkScore = frameworkScore;
        this.status = MemberStatus.ADMITTED;
        this.admittedOn = admittedOn;
    }

    void changeStatus(MemberStatus status, String reason, String by, Instant at) {
        this.status = status;
        this.statusReason = reason;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    LotMember view() {
        return new LotMember(frameworkReference, lotNumber, providerReference, providerName, serviceNumbers,
                lowestGrade, frameworkScore, weeklyCapacityHours, status, admittedOn);
    }

    MemberStatus status() {
        return status;
    }

    int lotNumber() {
        return lotNumber;
    }
}
