package scot.commissioningflow.monitoring.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.monitoring.MonitoringScope;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.TalkingPoint;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.monitoring.complaints.Complaint;
import scot.commissioningflow.monitoring.complaints.Complaints;
import scot.commissioningflow.monitoring.entry.MonitoredContract;
import scot.commissioningflow.monitoring.entry.MonitoredContractRepository;
import scot.commissioningflow.monitoring.outcomes.IndicatorComparison;
import scot.commissioningflow.monitoring.outcomes.RecordedOutcome;
import scot.commissioningflow.monitoring.outcomes.RecordedOutcomeRepository;
import scot.commissioningflow.monitoring.tier.MonitoringFigures;
import scot.commissioningflow.monitoring.tier.TierFigure;
import scot.commissioningflow.platform.web.NotFound;

/** What officers and providers read of monitoring; a provider sees only its own contracts. */
@Service
public class MonitoringViews {

    /** A review due within this time is listed as due. */
    private static final Duration DUE_SOON = Duration.ofDays(30);

    private final MonitoredContractRepository contracts;
    private final MonitoringReviewRepository reviews;
    private final FindingRepository findings;
    private final RecordedOutcomeRepository outcomes;
    private final Complaints complaints;
    private final ContractRegister register;
    private final MonitoringFigures figures;
    private final MonitoringScope scope;
    private final Clock clock;

    MonitoringViews(MonitoredContractRepository contracts, MonitoringReviewRepository reviews,
            FindingRepository findings, RecordedOutcomeRepository outcomes, Complaints complaints,
            ContractRegister register, MonitoringFigures figures, MonitoringScope scope, Clock clock) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.findings = findings;
        this.outcomes = outcomes;
        this.complaints = complaints;
        this.register = register;
        this.figures = figures;
        this.scope = scope;
        this.clock = clock;
    }

    public record MonitoredView(String contractReference, String title, String providerReference,
            String providerName, Tier tier, String tierReason, ReviewType reviewType, Integer reviewIntervalMonths,
            Instant nextReviewDue, Standing standing, List<MonitoringReview.ReviewView> reviews,
            List<Finding.View> findings, List<Complaint.View> complaints) {
    }

    /** @param comparisons each contracted outcome's indicator beside the latest return that reported outcomes */
    public record OutcomesView(String contractReference, List<ContractedOutcome> contractedOutcomes,
            Map<TalkingPoint, Long> reportedByCategory, List<RecordedOutcome.View> outcomes,
            List<IndicatorComparison> comparisons) {
    }

    public record TierWorkload(Tier tier, int contracts, int reviewsDueSoon, int reviewsOverdue,
            int reviewsDone, BigDecimal hoursSpent, BigDecimal hoursExpectedPerYear) {
    }

    @Transactional(readOnly = true)
    public List<MonitoredView> list(SignedInPerson person) {
        List<MonitoredContract> seen = person.hasAny(MonitoringScope.STAFF)
                ? contracts.findAllByOrderByContractReference().stream()
                        .filter(c -> scope.isCouncilStaffOf(c.contractReference(), person)).toList()
                : contracts.findByProviderReferenceOrderByContractReference(person.organisation());
        return seen.stream().map(contract -> view(contract, person)).toList();
    }

    @Transactional(readOnly = true)
    public MonitoredView get(SignedInPerson person, String reference) {
        return view(seenBy(person, reference), person);
    }

    @Transactional(readOnly = true)
    public OutcomesView outcomes(SignedInPerson person, String reference) {
        MonitoredContract contract = seenBy(person, reference);
        List<RecordedOutcome.View> held = outcomes.findByContractReferenceOrderById(reference).stream()
                .map(RecordedOutcome::view).toList();
        List<ContractedOutcome> contracted = register.get(contract.contractReference()).contract().outcomes();
        // The period compared is the latest return's: reviews are numbered in order, and so are their ids.
        Long latest = held.stream().map(RecordedOutcome.View::reviewId).max(Long::compare).orElse(null);
        return new OutcomesView(reference, contracted,
                held.stream().collect(Collectors.groupingBy(RecordedOutcome.View::category,
                        () -> new EnumMap<>(TalkingPoint.class), Collectors.counting())),
                held, IndicatorComparison.compare(contracted, held.stream()
                        .filter(o -> o.reviewId().equals(latest)).toList()));
    }

    /**
     * Per tier, over the contracts the person's council monitors: reviews falling due and overdue now, and the
     * officer's hours spent against the tier's yearly share.
     */
    @Transactional(readOnly = true)
    public List<TierWorkload> workload(SignedInPerson person) {
        Instant now = clock.instant();
        List<MonitoredContract> all = contracts.findAllByOrderByContractReference().stream()
                .filter(c -> scope.isCouncilStaffOf(c.contractReference(), person)).toList();
        Map<String, List<MonitoringReview>> byContract = reviews.findAllByOrderByContractReference().stream()
                .collect(Collectors.groupingBy(MonitoringReview::contractReference));
        return Arrays.stream(Tier.values()).map(tier -> {
            List<MonitoredContract> inTier = all.stream().filter(c -> c.tier() == tier).toList();
            List<MonitoringReview> done = inTier.stream()
                    .flatMap(c -> byContract.getOrDefault(c.contractReference(), List.of()).stream())
                    .filter(r -> r.reviewedAt() != null).toList();
            TierFigure.View figure = figures.tierOn(tier, LocalDate.now(clock));
            BigDecimal perYear = figure.officerHoursPerReview()
                    .multiply(BigDecimal.valueOf(12 / figure.reviewIntervalMonths()))
                    .multiply(BigDecimal.valueOf(inTier.size()));
            return new TierWorkload(tier, inTier.size(),
                    (int) inTier.stream().filter(c -> c.nextReviewDue() != null && c.nextReviewDue().isAfter(now)
                            && c.nextReviewDue().isBefore(now.plus(DUE_SOON))).count(),
                    (int) inTier.stream().filter(c -> c.nextReviewDue() != null && !c.nextReviewDue().isAfter(now))
                            .count(),
                    done.size(),
                    done.stream().map(r -> r.officerHours() == null ? BigDecimal.ZERO : r.officerHours())
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                    perYear);
        }).toList();
    }

    private MonitoredView view(MonitoredContract c, SignedInPerson person) {
        return new MonitoredView(c.contractReference(), c.title(), c.providerReference(), c.providerName(), c.tier(),
                c.tierReason(), c.reviewType(), c.reviewIntervalMonths(), c.nextReviewDue(), c.standing(),
                reviews.findByContractReferenceOrderByReviewNumber(c.contractReference()).stream()
                        .map(MonitoringReview::view).toList(),
                findings.findByContractReferenceOrderByRaisedAt(c.contractReference()).stream()
                        .map(Finding::view).toList(),
                complaints.seenBy(person, c.contractReference()));
    }

    /**
     * A provider asking about another's contract, or another council's staff, is answered as if it did not exist, so
     * references cannot be probed.
     */
    private MonitoredContract seenBy(SignedInPerson person, String reference) {
        MonitoredContract contract = contracts.findById(reference)
                .orElseThrow(() -> new NotFound("Contract " + reference + " is not monitored."));
        if (scope.isCouncilStaffOf(reference, person) || person.actsForProvider(contract.providerReference())) {
            return contract;
        }
        throw new NotFound("Contract " + reference + " is not monitored.");
    }
}
