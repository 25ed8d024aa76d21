package scot.commissioningflow.frameworks.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkAgreementProcess;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Frameworks and their lots, and the steps of processes/frameworks/framework-agreement.bpmn: set up, each round of
 * applications opened and closed, live between rounds, ended with its term. Each step is keyed by the framework
 * reference, so a job the engine delivers twice changes nothing the second time.
 */
@Service
public class FrameworkAgreements {

    private static final Logger log = LoggerFactory.getLogger(FrameworkAgreements.class);

    private final StoredFrameworkRepository frameworks;
    private final StoredLotRepository lots;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FrameworkAgreements(StoredFrameworkRepository frameworks, StoredLotRepository lots, ProcessEngine engine,
            AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.frameworks = frameworks;
        this.lots = lots;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the framework's process starts with. */
    record FrameworkStart(String frameworkReference, String termEndsAt) {
    }

    /**
     * Records the framework for the procurement lead's organisation and starts its process, which opens the first
     * round of applications at once. Saved first and started second, so the process never looks for a framework
     * that is not there.
     */
    public Framework setUp(FrameworkSetUp setUp, SignedInPerson by) {
        if (by.organisation() == null) {
            throw new Refused("A framework is set up for your organisation, and you are signed in for none.");
        }
        TermRule.check(setUp.startsOn(), setUp.endsOn(), setUp.exceptionalTermReason());
        if (setUp.qualityPercent() + setUp.pricePercent() != 100) {
            throw new InvalidInput("pricePercent", "qualityPercent and pricePercent must add up to 100, not "
                    + (setUp.qualityPercent() + setUp.pricePercent()));
        }
        String reference = "FWK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        transaction.executeWithoutResult(status -> {
            frameworks.save(new StoredFramework(reference, setUp, by.organisation(), by.username(),
                    clock.instant()));
            IntStream.range(0, setUp.lots().size()).forEach(i ->
                    lots.save(new StoredLot(reference, i + 1, setUp.lots().get(i))));
            audit.record(by, AuditEntry.of("framework.set-up", "framework", reference, "Set up " + setUp.title()
                    + " from " + setUp.startsOn() + " to " + setUp.endsOn() + " with " + setUp.lots().size()
                    + " lots" + (TermRule.exceptional(setUp.startsOn(), setUp.endsOn())
                            ? "; longer than four years because: " + setUp.exceptionalTermReason() : "") + "."));
        });
        long key = engine.start(FrameworkAgreementProcess.PROCESS_ID, reference,
                new FrameworkStart(reference, setUp.endsOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant()
                        .toString()));
        transaction.executeWithoutResult(status -> load(reference).started(key));
        log.info("Framework {} set up by {}", reference, by.username());
        return get(reference);
    }

    @Transactional(readOnly = true)
    public Optional<Framework> find(String reference) {
        return frameworks.findById(reference).map(this::view);
    }

    @Transactional(readOnly = true)
    public Framework get(String reference) {
        return find(reference).orElseThrow(() -> new NotFound("There is no framework " + reference + "."));
    }

    @Transactional(readOnly = true)
    public List<Framework> list() {
        List<StoredFramework> all = frameworks.findAllByOrderBySetUpAtDesc();
        Map<String, List<FrameworkLot>> lotsOf = lots.findByFrameworkReferenceIn(all.stream()
                .map(StoredFramework::reference).toList()).stream().map(StoredLot::view)
                .collect(Collectors.groupingBy(FrameworkLot::frameworkReference));
        return all.stream().map(framework -> framework.view(lotsOf.getOrDefault(framework.reference(), List.of())
                .stream().sorted(Comparator.comparingInt(FrameworkLot::lotNumber)).toList())).toList();
    }

    @Transactional(readOnly = true)
    public List<Framework> live() {
        return frameworks.findByStatus(FrameworkStatus.LIVE).stream().map(this::view).toList();
    }

    /**
     * @throws Refused unless the person is procurement staff of the organisation that set the framework up
     */
    @Transactional(readOnly = true)
    public Framework requireManagedBy(SignedInPerson person, String reference) {
        Framework framework = get(reference);
        if (!person.worksFor(framework.buyerOrganisation())
                || !person.hasAny(Role.PROCUREMENT_LEAD, Role.PROCUREMENT_OFFICER)) {
            throw new Refused("Only procurement staff of " + framework.buyerOrganisation() + ", which runs framework "
                    + reference + ", can do that.");
        }
        return framework;
    }

    /** Reopens a live framework for new entrants now, instead of waiting for its next reopening. */
    public void reopen(String reference, String reason, SignedInPerson by) {
        Framework framework = requireManagedBy(by, reference);
        if (framework.status() != FrameworkStatus.LIVE) {
            throw new Conflict("Framework " + reference + " can be reopened only while it is live; it is "
                    + framework.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        transaction.executeWithoutResult(status -> audit.record(by, AuditEntry.of("framework.reopened", "framework",
                reference, "Reopened for new entrants: " + reason)));
        engine.correlate(FrameworkAgreementProcess.REOPEN_REQUESTED, reference, Map.of());
    }

    /**
     * The round's timing, named as the process reads it: the window as an ISO duration the round's timer waits
     * (the engine's own time), and the closing time applications are refused after.
     */
    public record RoundOpened(int roundNumber, String applicationsCloseAt, String applicationWindow) {
    }

    @Transactional
    RoundOpened openRound(String reference) {
        StoredFramework framework = load(reference);
        framework.openRound(clock.instant());
        log.info("Framework {} open for applications, round {}", reference, framework.roundNumber());
        return new RoundOpened(framework.roundNumber(), framework.applicationsCloseAt().toString(),
                "P" + framework.applicationWindowDays() + "D");
    }

    /**
     * How long until the framework reopens on its own, as an ISO duration the process's timer waits; past the end
     * of the term when it will not reopen again before then (the term's end comes first).
     */
    public record Live(String reopenAfter) {
    }

    @Transactional
    Live live(String reference) {
        StoredFramework framework = load(reference);
        framework.live(LocalDate.now(clock));
        return new Live("P" + framework.reopenEveryMonths() + "M");
    }

    @Transactional
    void end(String reference) {
        load(reference).end();
        audit.recordBySystem("frameworks", AuditEntry.of("framework.ended", "framework", reference,
                "The framework's term ended."));
    }

    /**
     * The round taking applications now, for an application to be filed under.
     *
     * @throws Conflict with a sentence when the framework is not taking applications
     */
    @Transactional(readOnly = true)
    public int roundTakingApplications(String reference) {
        StoredFramework framework = load(reference);
        if (framework.status() != FrameworkStatus.OPEN_FOR_RESPONSES
                || !clock.instant().isBefore(framework.applicationsCloseAt())) {
            throw new Conflict("Framework " + reference + " is not taking applications now"
                    + (framework.nextReopeningOn() != null ? "; it next reopens for new entrants on "
                            + framework.nextReopeningOn() : "") + ".");
        }
        return framework.roundNumber();
    }

    /** The framework's process instance, for operations to find its incidents. */
    @Transactional(readOnly = true)
    public Long processInstanceKey(String reference) {
        return load(reference).processInstanceKey();
    }

    /** The national body as it signs a framework's variations. */
    public record Signatory(String organisation, String name, String email) {
    }

    @Transactional(readOnly = true)
    public Signatory signatory(String reference) {
        return load(reference).signatory();
    }

    private StoredFramework load(String reference) {
        return frameworks.findById(reference).orElseThrow(() -> new NotFound("There is no framework " + reference
                + "."));
    }

    private Framework view(StoredFramework framework) {
        return framework.view(lots.findByFrameworkReferenceOrderByLotNumber(framework.reference()).stream()
                .map(StoredLot::view).toList());
    }
}
