package scot.commissioningflow.isf.fund;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.isf.Caller;
import scot.commissioningflow.isf.CallerRole;
import scot.commissioningflow.isf.Forbidden;
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
    public Opened open(NewIsf request, Caller caller) {
        if (!caller.is(CallerRole.SOCIAL_WORKER)) {
            throw new Forbidden("Only a social worker can open an individual service fund after an assessment.");
        }
        String reference = "ISF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        IndividualServiceFund isf = transaction.execute(
                status -> funds.save(new IndividualServiceFund(reference, request, caller.user(), clock.instant())));
        long key = engine.start(IsfProcess.PROCESS_ID, reference, new IsfStart(reference));
        transaction.executeWithoutResult(status -> load(reference).startedAs(key));
        log.info("ISF {} opened for {} with an indicative budget of £{}", reference, isf.personName(),
                request.indicativeAnnualBudget());
        return new Opened(reference, key);
    }

    /** Callers hold the transaction; an unknown reference reads the same as one the caller may not see. */
    public IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    /** The funds worth checking for this caller; who may actually see each is the access rules' decision. */
    public List<IndividualServiceFund> candidatesFor(Caller caller) {
        return switch (caller.role()) {
            case SOCIAL_WORKER, COMMISSIONER -> funds.findAllByOrderByCreatedAt();
            case PERSON, REPRESENTATIVE -> funds.findForPersonOrRepresentative(caller.user());
            case PROVIDER -> funds.findForProvider(caller.organisation());
        };
    }

    public static NotFound notFound(String reference) {
        return new NotFound("There is no individual service fund " + reference + " that you can see.");
    }

    /** What the ISF process starts with: the fund's reference, by which every worker loads it. */
    record IsfStart(String isfReference) {
    }
}
