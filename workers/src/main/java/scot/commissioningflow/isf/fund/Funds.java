package scot.commissioningflow.isf.fund;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.NotFound;

/** Opening an ISF after the assessment, and finding one by its reference: the one way to the fund's record. */
@Service
public class Funds {

    private static final Logger log = LoggerFactory.getLogger(Funds.class);

    private final IsfRepository funds;
    private final ProcessEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Funds(IsfRepository funds, ProcessEngine engine,
            TransactionTemplate transaction, Clock clock) {
        this.funds = funds;
        this.engine = engine;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The new ISF's reference and the process that now runs it. */
    public record Opened(String reference, long processInstanceKey) {
    }

    /** Saved first and started second, so the process never looks for a fund that is not there. */
    public Opened open(NewIsf request, SignedInPerson person) {
        if (!person.has(Role.SOCIAL_WORKER) || person.organisation() == null) {
            throw new Refused("Only a council's social worker can open an individual service fund after an "
                    + "assessment.");
        }
        String reference = "ISF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        IndividualServiceFund isf = transaction.execute(
                status -> funds.save(new IndividualServiceFund(reference, request, person.username(), person.organisation(),
                        clock.instant())));
        long key = engine.start(IsfProcess.PROCESS_ID, reference, new IsfStart(reference));
        transaction.executeWithoutResult(status -> load(reference).startedAs(key));
        log.info("ISF {} opened for {} with an indicative budget of £{}", reference, isf.personName(),
                request.indicativeAnnualBudget());
        return new Opened(reference, key);
    }

    /** Callers hold the transaction; an unknown reference reads the same as one the person may not see. */
    public IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    /**
     * The fund with its row locked until the caller's transaction ends. A request that changes the fund and then
     * tells the engine loads it so, and so does the step the engine starts: the step waits for the request to commit
     * and works on what it wrote, where it would otherwise read the fund as it was before, and the request's commit,
     * coming after the step's, would write the old choice back over the new one.
     */
    public IndividualServiceFund loadLocked(String reference) {
        return funds.findLockedByReference(reference).orElseThrow(() -> notFound(reference));
    }

    /** The funds worth checking for this person; who may actually see each is the access rules' decision. */
    public List<IndividualServiceFund> candidatesFor(SignedInPerson person) {
        Map<Long, IndividualServiceFund> candidates = new LinkedHashMap<>();
        if (person.hasAny(Role.SOCIAL_WORKER, Role.COMMISSIONER) && person.organisation() != null) {
            funds.findByCouncilCodeOrderByCreatedAt(person.organisation()).forEach(f -> candidates.put(f.id(), f));
        }
        if (person.hasAny(Role.SUPPORTED_PERSON, Role.REPRESENTATIVE)) {
            funds.findForPersonOrRepresentative(person.username(), person.represents())
                    .forEach(f -> candidates.put(f.id(), f));
        }
        if (person.has(Role.PROVIDER_USER) && person.organisation() != null) {
            funds.findForProvider(person.organisation()).forEach(f -> candidates.put(f.id(), f));
        }
        return List.copyOf(candidates.values());
    }

    /** Every fund not yet closed: its process still runs, as far as the database knows. Callers hold the transaction. */
    public List<IndividualServiceFund> notClosed() {
        return funds.findByStatusNotOrderById(IsfStatus.CLOSED);
    }

    public static NotFound notFound(String reference) {
        return new NotFound("There is no individual service fund " + reference + " that you can see.");
    }

    /** What the ISF process starts with: the fund's reference, by which every worker loads it. */
    record IsfStart(String isfReference) {
    }
}
