package scot.commissioningflow.collaboration.round;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.CollaborationProcess;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** Opens funding rounds, moves them through their stages, and keeps their summary when they close. */
@Service
public class Rounds {

    /** Days start and end in Scotland: a round opens at the start of its first day and closes at the end of its last. */
    public static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    /** The variables the round's process starts with. */
    record RoundStarted(String roundReference, String roundOpensIn) {
    }

    private final FundingRoundRepository rounds;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    Rounds(FundingRoundRepository rounds, ProcessEngine engine, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** Announces a round for the person's organisation and starts its process, which opens it on its first day. */
    @Transactional
    public RoundView open(RoundRequest request, SignedInPerson funder) {
        List<FieldProblem> problems = new ArrayList<>();
        int weights = request.criteria().stream().mapToInt(RoundRequest.Criterion::weight).sum();
        if (weights != 100) {
            problems.add(new FieldProblem("criteria", "criteria weights add up to " + weights + "; they must add up"
                    + " to 100"));
        }
        if (new HashSet<>(request.criteria().stream().map(RoundRequest.Criterion::name).toList()).size()
                != request.criteria().size()) {
            problems.add(new FieldProblem("criteria", "criteria must each have a different name"));
        }
        if (!request.closesOn().isAfter(request.opensOn())) {
            problems.add(new FieldProblem("closesOn", "closesOn must be after opensOn"));
        }
        if (new HashSet<>(request.panelMembers()).size() != request.panelMembers().size()) {
            problems.add(new FieldProblem("panelMembers", "panelMembers names someone more than once"));
        }
        if (funder.organisation() == null) {
            problems.add(new FieldProblem("funder", "a round is opened by someone working for the funder"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String reference = "CFR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FundingRound round = rounds.save(new FundingRound(reference, request, funder.organisation(),
                funder.username(), clock.instant()));
        audit.record(funder, AuditEntry.of("collaboration.round-opened", "collaboration-round", reference,
                "Budget " + request.budget().toPlainString() + ", open " + request.opensOn() + " to "
                        + request.closesOn() + ", criteria " + request.criteria().stream()
                        .map(c -> c.name() + " " + c.weight() + "%").toList()));
        round.started(engine.start(CollaborationProcess.ROUND_PROCESS_ID, reference,
                new RoundStarted(reference, until(request.opensOn()).toString())));
        return round.view();
    }

    /** The time from now to the start of this day in Scotland; nothing when it has already begun. */
    public Duration until(LocalDate day) {
        Duration left = Duration.between(clock.instant(), day.atStartOfDay(SCOTLAND).toInstant());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Transactional(readOnly = true)
    public FundingRound get(String reference) {
        return rounds.findByReference(reference)
                .orElseThrow(() -> new NotFound("There is no funding round " + reference + "."));
    }

    @Transactional(readOnly = true)
    public RoundView view(String reference) {
        return get(reference).view();
    }

    @Transactional(readOnly = true)
    public List<RoundView> all() {
        return rounds.findAllByOrderByOpensOnDesc().stream().map(FundingRound::view).toList();
    }

    /** Opens the round for applications; answers how long until they close. Opening again changes nothing. */
    @Transactional
    public Duration openForApplications(String reference) {
        FundingRound round = get(reference);
        if (round.status() == FundingRound.Status.ANNOUNCED) {
            round.moveTo(FundingRound.Status.OPEN);
            audit.recordBySystem("collaboration", AuditEntry.of("collaboration.round-open", "collaboration-round",
                    reference, "Open for applications until the end of " + round.closesOn() + "."));
        }
        return until(round.closesOn().plusDays(1));
    }

    /** Closes the round to applications: the panel's work starts. */
    @Transactional
    public FundingRound closeToApplications(String reference) {
        FundingRound round = get(reference);
        if (round.status() == FundingRound.Status.OPEN || round.status() == FundingRound.Status.ANNOUNCED) {
            round.moveTo(FundingRound.Status.ASSESSING);
        }
        return round;
    }

    @Transactional
    public void setAwardConditions(String reference, String conditions) {
        get(reference).setAwardConditions(conditions);
    }

    @Transactional
    public void awarded(String reference) {
        FundingRound round = get(reference);
        if (round.status() == FundingRound.Status.ASSESSING) {
            round.moveTo(FundingRound.Status.AWARDED);
        }
    }

    /** Closes the round with its summary, once; closing again keeps the first summary. */
    @Transactional
    public void close(String reference, String summary) {
        FundingRound round = get(reference);
        if (round.status() != FundingRound.Status.CLOSED) {
            round.close(summary);
            audit.recordBySystem("collaboration", AuditEntry.of("collaboration.round-closed", "collaboration-round",
                    reference, summary));
        }
    }
}
