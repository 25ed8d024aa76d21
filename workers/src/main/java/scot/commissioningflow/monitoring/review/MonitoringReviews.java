package scot.commissioningflow.monitoring.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.PayFloors;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.entry.MonitoredContract;
import scot.commissioningflow.monitoring.entry.MonitoredContractRepository;
import scot.commissioningflow.monitoring.outcomes.RecordedOutcome;
import scot.commissioningflow.monitoring.outcomes.RecordedOutcomeRepository;
import scot.commissioningflow.monitoring.tier.MonitoringFigures;
import scot.commissioningflow.monitoring.tier.TierFigure;
import scot.commissioningflow.monitoring.tier.TierInputsChanged;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderView;

/** Each review of a contract: its return requested, sent and checked, and the officer's rating recorded. */
@Service
public class MonitoringReviews {

    private static final Logger log = LoggerFactory.getLogger(MonitoringReviews.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MonitoredContractRepository contracts;
    private final MonitoringReviewRepository reviews;
    private final FindingRepository findings;
    private final RecordedOutcomeRepository outcomes;
    private final MonitoringFigures figures;
    private final PayFloors floors;
    private final ProcessEngine engine;
    private final TierInputsChanged tierInputs;
    private final ProviderRegister providers;
    private final Notifications notifications;
    private final Clock clock;

    MonitoringReviews(MonitoredContractRepository contracts, MonitoringReviewRepository reviews, FindingRepository findings,
            RecordedOutcomeRepository outcomes, MonitoringFigures figures, PayFloors floors, ProcessEngine engine,
            TierInputsChanged tierInputs, ProviderRegister providers, Notifications notifications, Clock clock) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.findings = findings;
        this.outcomes = outcomes;
        this.figures = figures;
        this.floors = floors;
        this.engine = engine;
        this.tierInputs = tierInputs;
        this.providers = providers;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * @param returnDue the day the return is due by (ISO date, for the officer's form)
     * @param returnReminderIn how long until the provider is reminded (ISO-8601 duration for the timer)
     * @param returnDueIn how long until the review goes on without the return (ISO-8601 duration for the timer)
     */
    public record ReturnRequested(String returnKey, int reviewNumber, String providerReference,
            ReviewType reviewType, String returnDue, String returnReminderIn, String returnDueIn) {
    }

    /**
     * Opens the contract's next review, with the return due the tier's number of days after it opens; a retried job
     * finds the review it opened still awaiting its rating, and the same deadline.
     */
    @Transactional
    public ReturnRequested requestReturn(String contractReference) {
        MonitoredContract contract = contract(contractReference);
        List<MonitoringReview> held = reviews.findByContractReferenceOrderByReviewNumber(contractReference);
        TierFigure.View figure = figures.tierOn(contract.tier(), LocalDate.now(clock));
        Instant now = clock.instant();
        MonitoringReview review = held.isEmpty() || held.getLast().reviewedAt() != null
                ? reviews.save(new MonitoringReview(contractReference, held.size() + 1, contract.tier(),
                        contract.reviewType(), now, LocalDate.ofInstant(now.plus(Duration.ofDays(
                                figure.returnDueDays())), ZoneOffset.UTC)))
                : held.getLast();
        // "Due by" a day means to the end of it: the review goes on without the return when the next day begins.
        Instant dueAt = review.returnDue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant remindAt = review.returnDue().minusDays(figure.reminderDaysBeforeDue()).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        // Durations rather than dates, as for the review timer: the engine's clock and this product's need not agree.
        return new ReturnRequested(review.returnKey(), review.reviewNumber(), contract.providerReference(),
                review.reviewType(), review.returnDue().toString(), until(now, remindAt), until(now, dueAt));
    }

    private static String until(Instant now, Instant at) {
        return (at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO).toString();
    }

    /** Reminds the provider that its return is due, once per review. */
    @Transactional
    public void remindProvider(String returnKey) {
        MonitoringReview review = review(returnKey);
        if (review.returnSubmitted()) {
            return;
        }
        MonitoredContract contract = contract(review.contractReference());
        Optional<ProviderView> provider = providers.find(contract.providerReference())
                .filter(p -> p.contactEmail() != null);
        if (provider.isEmpty()) {
            log.info("No contact held for provider {}: the return reminder for {} is not sent",
                    contract.providerReference(), returnKey);
            return;
        }
        notifications.send(new Notification("monitoring-return-reminder/" + returnKey, provider.get().name(),
                provider.get().contactEmail(), "Your monitoring return for " + contract.contractReference()
                        + " is due by " + DAY.format(review.returnDue()),
                "The council asked for your monitoring return for " + contract.title() + " ("
                        + contract.contractReference() + ") at review " + review.reviewNumber() + ". It is due by "
                        + DAY.format(review.returnDue()) + ". Send it from the contract's page under Contract "
                        + "monitoring. If it has not arrived by then, the review goes on without it and records "
                        + "that it was not received."));
    }

    /** The deadline passed without a return: a finding says so, and the review goes on to the officer without it. */
    @Transactional
    public ReturnChecked returnNotReceived(String returnKey) {
        MonitoringReview review = review(returnKey);
        review.returnNotReceived(clock.instant());
        String finding = "No monitoring return was received by " + DAY.format(review.returnDue()) + ".";
        raise(review, Finding.Source.RETURN, finding);
        return new ReturnChecked(List.of(finding), finding);
    }

    /** The provider's return for the review awaiting one; the process hears of it once it is stored. */
    @Transactional
    public MonitoringReview.ReviewView submitReturn(String contractReference, MonitoringReturn submitted,
            SignedInPerson by) {
        MonitoredContract contract = contract(contractReference);
        if (!by.actsForProvider(contract.providerReference())) {
            throw new NotFound("Contract " + contractReference + " is not monitored.");
        }
        if (submitted.periodTo().isBefore(submitted.periodFrom())) {
            throw new InvalidInput(List.of(new FieldProblem("periodTo", "periodTo must not be before periodFrom")));
        }
        List<MonitoringReview> held = reviews.findByContractReferenceOrderByReviewNumber(contractReference);
        MonitoringReview review = held.stream().filter(r -> !r.returnSubmitted() && !r.returnNotReceived())
                .findFirst().orElseThrow(() -> held.isEmpty() || !held.getLast().returnNotReceived()
                        ? new Conflict("No monitoring return is asked for on contract " + contractReference
                                + " just now; the next review will ask for one.")
                        : new Conflict("The return for review " + held.getLast().reviewNumber() + " was due by "
                                + DAY.format(held.getLast().returnDue()) + " and the review has gone on without it; "
                                + "the next review will ask for one."));
        review.returned(submitted, by.username(), clock.instant());
        for (MonitoringReturn.PersonOutcome outcome : submitted.outcomes()) {
            outcomes.save(new RecordedOutcome(review.id(), contractReference, outcome.personReference(),
                    outcome.category(), outcome.spokenBy(), outcome.words(), outcome.met(), clock.instant()));
        }
        String returnKey = review.returnKey();
        engine.correlateOnceCommitted(MonitoringProcess.RETURN_SUBMITTED, returnKey, new Submitted(true));
        return review.view();
    }

    record Submitted(boolean returnSubmitted) {
    }

    /** @param returnSummary the findings as one text, for the officer's form */
    public record ReturnChecked(List<String> returnFindings, String returnSummary) {
    }

    /**
     * Checks the return: delivered hours short of those planned by more than the tolerance, and pay below the direct
     * care floor for the period's end, each raise a finding (once, however often the check runs).
     */
    @Transactional
    public ReturnChecked checkReturn(String returnKey) {
        MonitoringReview review = review(returnKey);
        List<String> raised = new ArrayList<>();
        BigDecimal tolerance = figures.weightsOn(review.periodTo()).hoursTolerancePercent();
        BigDecimal planned = review.plannedHours();
        if (planned.signum() > 0) {
            BigDecimal shortPercent = planned.subtract(review.deliveredHours()).multiply(HUNDRED)
                    .divide(planned, 1, RoundingMode.HALF_UP);
            if (shortPercent.compareTo(tolerance) > 0) {
                raised.add("Delivered " + review.deliveredHours().stripTrailingZeros().toPlainString() + " of "
                        + planned.stripTrailingZeros().toPlainString() + " planned hours, " + shortPercent
                        + "% short, beyond the " + tolerance.stripTrailingZeros().toPlainString() + "% tolerance.");
            }
        }
        PayFloor floor = floors.floorOn(WorkType.DIRECT_CARE, review.periodTo());
        if (review.lowestHourlyPay().compareTo(floor.hourlyRate()) < 0) {
            raised.add("Some staff were paid £" + review.lowestHourlyPay() + " an hour, below " + floor.describe()
                    + ".");
        }
        for (String finding : raised) {
            raise(review, Finding.Source.RETURN, finding);
        }
        return new ReturnChecked(raised, raised.isEmpty() ? "The return raised nothing." : String.join("\n", raised));
    }

    public record ReviewRecorded(boolean improvementNeeded) {
    }

    /** The officer's rating: a weak contract gets a finding and an improvement plan. */
    @Transactional
    public ReviewRecorded recordReview(String returnKey, MonitoringReview.Rating rating, String notes,
            BigDecimal hours, String reviewedBy) {
        MonitoringReview review = review(returnKey);
        review.reviewed(rating, notes, hours, reviewedBy, clock.instant());
        boolean improvement = rating == MonitoringReview.Rating.WEAK;
        if (improvement) {
            raise(review, Finding.Source.OFFICER, "Rated weak at review " + review.reviewNumber() + ": " + notes);
        }
        MonitoredContract contract = contract(review.contractReference());
        contract.standing(improvement ? Standing.IMPROVEMENT_PLAN : Standing.MONITORED);
        contract.reviewed(clock.instant());
        return new ReviewRecorded(improvement);
    }

    /** The officer's follow-up of the improvement plan agreed at this review. */
    @Transactional
    public void recordFollowUp(String returnKey, String actions, LocalDate due, boolean met) {
        MonitoringReview review = review(returnKey);
        review.improvementFollowedUp(actions, due, met);
        if (met) {
            contract(review.contractReference()).standing(Standing.MONITORED);
        }
    }

    /** Records the escalation's own finding against the review whose plan was missed. */
    @Transactional
    public MonitoredContract declareDefault(String returnKey) {
        MonitoringReview review = review(returnKey);
        raise(review, Finding.Source.ESCALATION, "The improvement plan agreed at review " + review.reviewNumber()
                + " was not met: the contract is in default.");
        MonitoredContract contract = contract(review.contractReference());
        contract.standing(Standing.IN_DEFAULT);
        return contract;
    }

    /**
     * Records a finding once; a new one is an input of the tier, so the contract's monitoring decides the tier again
     * once it is stored (the same message as a new grade). Raised during a review, when the contract is not waiting
     * for the message, it changes nothing there: the review's end decides the tier again anyway.
     */
    private void raise(MonitoringReview review, Finding.Source source, String description) {
        if (!findings.existsByReviewIdAndSourceAndDescription(review.id(), source, description)) {
            findings.save(new Finding(review, source, description, clock.instant()));
            tierInputs.changed(review.contractReference());
        }
    }

    private MonitoringReview review(String returnKey) {
        return reviews.findByReturnKey(returnKey)
                .orElseThrow(() -> new NotFound("There is no monitoring review " + returnKey + "."));
    }

    private MonitoredContract contract(String contractReference) {
        return contracts.findById(contractReference)
                .orElseThrow(() -> new NotFound("Contract " + contractReference + " is not monitored."));
    }
}
