package scot.commissioningflow.monitoring.tier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.monitoring.ReviewType;
import scot.commissioningflow.monitoring.Tier;
import scot.commissioningflow.monitoring.complaints.Complaints;
import scot.commissioningflow.monitoring.entry.MonitoredContract;
import scot.commissioningflow.monitoring.entry.MonitoredContractRepository;
import scot.commissioningflow.monitoring.review.FindingRepository;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.providers.RegisteredCareService;

/**
 * What the tier is decided from: a risk score weighted by the reference data (complaints upheld counted both from the
 * Care Inspectorate's import and as recorded by the council), with the lowest current Care
 * Inspectorate grade and enforcements, which the rules also read on their own. Then, once decided, the tier's review
 * frequency and when the next review is due.
 */
@Service
public class RiskAssessment {

    /** Client groups whose support is complex enough to need closer attention (the datastore's own wording). */
    private static final List<String> COMPLEX_CLIENT_GROUPS = List.of("learning disabilit", "mental health",
            "dementia", "brain injury", "autism", "addiction");
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    /** Findings this recent still count against a contract's tier. */
    private static final Duration RECENT = Duration.ofDays(365);

    private final MonitoredContractRepository contracts;
    private final FindingRepository findings;
    private final Complaints complaints;
    private final CareServices careServices;
    private final MonitoringFigures figures;
    private final Clock clock;

    RiskAssessment(MonitoredContractRepository contracts, FindingRepository findings, Complaints complaints,
            CareServices careServices, MonitoringFigures figures, Clock clock) {
        this.contracts = contracts;
        this.findings = findings;
        this.complaints = complaints;
        this.careServices = careServices;
        this.figures = figures;
        this.clock = clock;
    }

    /** The DMN's inputs, with the factors behind the score written out for the officer and the provider. */
    public record TierInputs(int riskScore, Integer lowestGrade, int enforcementsIssued, String riskFactors) {
    }

    @Transactional(readOnly = true)
    public TierInputs inputs(String contractReference) {
        MonitoredContract contract = load(contractReference);
        RiskWeights.Figures weights = figures.weightsOn(LocalDate.now(clock));
        List<RegisteredCareService> services = services(contract.careInspectorateNumber());
        List<String> factors = new ArrayList<>();
        int score = 0;
        if (contract.annualValue() != null) {
            int hundreds = contract.annualValue().divideToIntegralValue(HUNDRED_THOUSAND).intValue();
            score += add(factors, hundreds * weights.pointsPer100kValue(), "annual value £" + contract.annualValue());
        }
        boolean complex = services.stream().map(s -> s.clientGroup().toLowerCase(Locale.ROOT))
                .anyMatch(group -> COMPLEX_CLIENT_GROUPS.stream().anyMatch(group::contains));
        if (complex) {
            score += add(factors, weights.pointsComplexClientGroup(), "complex support needs");
        }
        int places = services.stream().mapToInt(s -> s.registeredPlaces() == null ? 0 : s.registeredPlaces()).sum();
        score += add(factors, places / 10 * weights.pointsPer10People(), places + " registered places");
        Integer lowest = services.stream().map(RegisteredCareService::lowestGrade).filter(g -> g != null)
                .min(Integer::compare).orElse(null);
        if (lowest == null) {
            score += add(factors, weights.pointsNotGraded(), "no Care Inspectorate grade held");
        } else {
            score += add(factors, Math.max(0, 4 - lowest) * weights.pointsPerGradeBelowGood(),
                    "lowest Care Inspectorate grade " + lowest);
        }
        int inspected = services.stream().mapToInt(RegisteredCareService::complaintsUpheld).sum();
        score += add(factors, inspected * weights.pointsPerUpheldComplaint(), inspected + " complaints upheld");
        long recorded = complaints.upheldInTheLastYear(contractReference);
        score += add(factors, (int) recorded * weights.pointsPerUpheldComplaint(), recorded
                + " complaints upheld by the council this year");
        int enforcements = services.stream().mapToInt(RegisteredCareService::enforcementsIssued).sum();
        score += add(factors, enforcements * weights.pointsPerEnforcement(), enforcements + " enforcements");
        long recent = findings.countByContractReferenceAndRaisedAtAfter(contractReference,
                clock.instant().minus(RECENT));
        score += add(factors, (int) recent * weights.pointsPerRecentFinding(), recent + " findings this year");
        return new TierInputs(score, lowest, enforcements, String.join("; ", factors));
    }

    /** What the process waits on: how long until the next review (ISO-8601), and how it is done. */
    public record ReviewPlan(String reviewDueIn, ReviewType reviewType) {
    }

    /**
     * Records the decided tier and when the next review falls: the interval counted from the start of the current
     * cycle (when monitoring began or the last review ended), so a tier that tightens brings the review forward at
     * once, and one already overdue is due now.
     */
    @Transactional
    public ReviewPlan plan(String contractReference, Tier tier, String reason, TierInputs inputs) {
        MonitoredContract contract = load(contractReference);
        Instant now = clock.instant();
        TierFigure.View figure = figures.tierOn(tier, LocalDate.now(clock));
        Instant due = ZonedDateTime.ofInstant(contract.cycleStartedAt(), ZoneOffset.UTC)
                .plusMonths(figure.reviewIntervalMonths()).toInstant();
        contract.tiered(tier, reason + " (risk score " + inputs.riskScore()
                + (inputs.riskFactors().isEmpty() ? "" : ": " + inputs.riskFactors()) + ")",
                inputs.riskScore(), figure.reviewType(), figure.reviewIntervalMonths(), due, now);
        // The engine waits a duration rather than until a date, so its timer and this product's clock need not agree.
        Duration dueIn = due.isAfter(now) ? Duration.between(now, due) : Duration.ZERO;
        return new ReviewPlan(dueIn.toString(), figure.reviewType());
    }

    private List<RegisteredCareService> services(String number) {
        if (number == null) {
            return List.of();
        }
        return number.startsWith("SP") ? careServices.byProviderNumber(number)
                : careServices.byServiceNumber(number).stream().toList();
    }

    private static int add(List<String> factors, int points, String factor) {
        if (points > 0) {
            factors.add(factor + " +" + points);
        }
        return points;
    }

    private MonitoredContract load(String contractReference) {
        return contracts.findById(contractReference)
                .orElseThrow(() -> new NotFound("Contract " + contractReference + " is not monitored."));
    }
}
