package scot.commissioningflow.frameworks.admission;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

@Entity
@Table(name = "framework_application")
class StoredApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationKey;
    private String frameworkReference;
    private int roundNumber;
    private int lotNumber;
    private String providerReference;
    private String providerName;

    @Convert(converter = JsonColumns.ServiceNumbers.class)
    private List<String> serviceNumbers;

    private Integer weeklyCapacityHours;

    @Convert(converter = JsonColumns.Prices.class)
    private List<PriceOffer> prices;

    @Convert(converter = JsonColumns.Declaration.class)
    private FairWorkDeclaration fairWorkDeclaration;

    @Enumerated(EnumType.STRING)
    private ApplicationOutcome outcome;

    private String outcomeReason;
    private String submittedBy;
    private Instant submittedAt;
    private Instant decidedAt;

    protected StoredApplication() {
    }

    StoredApplication(String applicationKey, String frameworkReference, int roundNumber, String providerReference,
            String providerName, FrameworkApplication application, String submittedBy, Instant at) {
        this.applicationKey = applicationKey;
        this.frameworkReference = frameworkReference;
        this.roundNumber = roundNumber;
        this.lotNumber = application.lotNumber();
        this.providerReference = providerReference;
        this.providerName = providerName;
        this.serviceNumbers = List.copyOf(application.serviceNumbers());
        this.weeklyCapacityHours = application.weeklyCapacityHours();
        this.prices = List.copyOf(application.prices());
        this.fairWorkDeclaration = application.fairWorkDeclaration();
        this.outcome = ApplicationOutcome.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = at;
    }

    /** The first decision stands: a job delivered twice does not decide again. */
    boolean decide(ApplicationOutcome outcome, String reason, Instant at) {
        if (this.outcome != ApplicationOutcome.SUBMITTED) {
            return false;
        }
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.decidedAt = at;
        return true;
    }

    ApplicationView view() {
        return new ApplicationView(applicationKey, frameworkReference, roundNumber, lotNumber, providerReference,
                providerName, serviceNumbers, weeklyCapacityHours, prices, outcome, outcomeReason, submittedBy,
                submittedAt, decidedAt);
    }

    FairWorkDeclaration fairWorkDeclaration() {
        return fairWorkDeclaration;
    }
}
