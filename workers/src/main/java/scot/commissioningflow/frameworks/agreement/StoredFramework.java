package scot.commissioningflow.frameworks.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.FrameworkWeights;

@Entity
@Table(name = "framework")
class StoredFramework {

    @Id
    private String reference;

    private String title;
    private String buyerOrganisation;
    private String buyerName;
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private FrameworkStatus status;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String exceptionalTermReason;
    private int qualityPercent;
    private int pricePercent;
    private int reopenEveryMonths;
    private int applicationWindowDays;
    private int roundNumber;
    private Instant applicationsCloseAt;
    private LocalDate nextReopeningOn;
    private Long processInstanceKey;
    private String setUpBy;
    private Instant setUpAt;

    protected StoredFramework() {
    }

    StoredFramework(String reference, FrameworkSetUp setUp, String buyerOrganisation, String setUpBy, Instant at) {
        this.reference = reference;
        this.title = setUp.title();
        this.buyerOrganisation = buyerOrganisation;
        this.buyerName = setUp.buyerName();
        this.contactEmail = setUp.contactEmail();
        this.status = FrameworkStatus.SETTING_UP;
        this.startsOn = setUp.startsOn();
        this.endsOn = setUp.endsOn();
        this.exceptionalTermReason = TermRule.exceptional(setUp.startsOn(), setUp.endsOn())
                ? setUp.exceptionalTermReason() : null;
        this.qualityPercent = setUp.qualityPercent();
        this.pricePercent = setUp.pricePercent();
        this.reopenEveryMonths = setUp.reopenEveryMonths();
        this.applicationWindowDays = setUp.applicationWindowDays();
        this.setUpBy = setUpBy;
        this.setUpAt = at;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /** Opens the next round, once: asked again while it is open, the round stays as it is. */
    void openRound(Instant now) {
        if (status == FrameworkStatus.OPEN_FOR_RESPONSES) {
            return;
        }
        this.roundNumber++;
        this.status = FrameworkStatus.OPEN_FOR_RESPONSES;
        this.applicationsCloseAt = now.plus(Duration.ofDays(applicationWindowDays)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Live again after a round, reopening on its own some months on (never after the term). */
    void live(LocalDate today) {
        if (status == FrameworkStatus.OPEN_FOR_RESPONSES) {
            this.status = FrameworkStatus.LIVE;
            LocalDate next = today.plusMonths(reopenEveryMonths);
            this.nextReopeningOn = next.isAfter(endsOn) ? null : next;
        }
    }

    void end() {
        this.status = FrameworkStatus.ENDED;
        this.nextReopeningOn = null;
    }

    Framework view(List<FrameworkLot> lots) {
        return new Framework(reference, title, buyerOrganisation, status, startsOn, endsOn, exceptionalTermReason,
                new FrameworkWeights(qualityPercent, pricePercent), lots);
    }

    String reference() {
        return reference;
    }

    String buyerOrganisation() {
        return buyerOrganisation;
    }

    /** Who signs variations for the national body. */
    FrameworkAgreements.Signatory signatory() {
        return new FrameworkAgreements.Signatory(buyerOrganisation, buyerName, contactEmail);
    }

    FrameworkStatus status() {
        return status;
    }

    Long processInstanceKey() {
        return processInstanceKey;
    }

    int applicationWindowDays() {
        return applicationWindowDays;
    }

    int reopenEveryMonths() {
        return reopenEveryMonths;
    }

    int roundNumber() {
        return roundNumber;
    }

    Instant applicationsCloseAt() {
        return applicationsCloseAt;
    }

    LocalDate nextReopeningOn() {
        return nextReopeningOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    LocalDate startsOn() {
        return startsOn;
    }
}
