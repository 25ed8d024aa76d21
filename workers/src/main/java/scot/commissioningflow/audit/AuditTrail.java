package scot.commissioningflow.audit;

import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.identity.AccessWasRefused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Records decisions in the trail, in the transaction of the decision itself: if the decision is rolled back, so is
 * its entry, and a decision cannot be saved without its entry.
 */
@Service
public class AuditTrail {

    private final AuditRecords records;
    private final Clock clock;

    AuditTrail(AuditRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** A decision a signed-in person made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(SignedInPerson who, AuditEntry entry) {
        records.save(new AuditRecord(clock.instant(), who.username(),
                who.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")), entry));
    }

    /**
     * A decision the product made inside a process (a route chosen by the rules, a check's result), named by the part
     * that made it. Where a person set it going, say so in {@link AuditEntry#why()}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(String part, AuditEntry entry) {
        records.save(new AuditRecord(clock.instant(), "system:" + part, null, entry));
    }

    @EventListener
    @Transactional
    void accessRefused(AccessWasRefused refusal) {
        records.save(new AuditRecord(refusal.at(), refusal.username() == null ? "not signed in" : refusal.username(),
                null, AuditEntry.of("access.refused", "request", refusal.method() + " " + refusal.path(),
                        refusal.reason())));
    }

    @Transactional(readOnly = true)
    public Page<AuditedDecision> search(String subjectType, String subjectReference, String action, String who,
            int page, int size) {
        return records.search(subjectType, subjectReference, action, who, PageRequest.of(page, size))
                .map(AuditRecord::view);
    }
}
