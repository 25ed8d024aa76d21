package scot.commissioningflow.monitoring.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.monitoring.MonitoringScope;
import scot.commissioningflow.monitoring.entry.MonitoredContractRepository;
import scot.commissioningflow.monitoring.tier.TierInputsChanged;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Complaints about monitored contracts recorded in the product, beside those the Care Inspectorate's import brings.
 * An upheld complaint received in the last year counts against the contract's tier: recording one, or deciding one
 * upheld or no longer upheld, has the contract's monitoring decide its tier again.
 */
@Service
public class Complaints {

    /** Who records and decides complaints: the council's monitoring staff, and administrators. */
    static final Role[] RECORDERS = {Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.ADMINISTRATOR};

    private final ComplaintRepository complaints;
    private final MonitoredContractRepository contracts;
    private final TierInputsChanged tierInputs;
    private final MonitoringScope scope;
    private final Clock clock;

    Complaints(ComplaintRepository complaints, MonitoredContractRepository contracts, TierInputsChanged tierInputs,
            MonitoringScope scope, Clock clock) {
        this.complaints = complaints;
        this.contracts = contracts;
        this.tierInputs = tierInputs;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Complaint.View record(SignedInPerson by, String contractReference, ComplaintRequest request) {
        requireRecorder(by, contractReference);
        Complaint complaint = complaints.save(new Complaint(contractReference, request, by.username(),
                clock.instant()));
        if (request.status() == ComplaintStatus.UPHELD) {
            tierInputs.changed(contractReference);
        }
        return complaint.view();
    }

    @Transactional
    public Complaint.View decide(SignedInPerson by, String contractReference, long id, ComplaintDecision decision) {
        requireRecorder(by, contractReference);
        Complaint complaint = complaints.findByIdAndContractReference(id, contractReference)
                .orElseThrow(() -> new NotFound("There is no complaint " + id + " on contract " + contractReference
                        + "."));
        boolean wasUpheld = complaint.status() == ComplaintStatus.UPHELD;
        complaint.decided(decision, by.username(), clock.instant());
        if (wasUpheld != (decision.status() == ComplaintStatus.UPHELD)) {
            tierInputs.changed(contractReference);
        }
        return complaint.view();
    }

    /**
     * The contract's complaints for someone already allowed to see the contract: council staff read them all; the
     * provider only learns which were upheld and when received (see {@link Complaint#providersView()}).
     */
    @Transactional(readOnly = true)
    public List<Complaint.View> seenBy(SignedInPerson person, String contractReference) {
        List<Complaint> held = complaints.findByContractReferenceOrderByReceivedOnAscIdAsc(contractReference);
        if (person.hasAny(RECORDERS)) {
            return held.stream().map(Complaint::view).toList();
        }
        return held.stream().filter(c -> c.status() == ComplaintStatus.UPHELD).map(Complaint::providersView)
                .toList();
    }

    /** Upheld complaints received in the year to today, for the tier. */
    @Transactional(readOnly = true)
    public long upheldInTheLastYear(String contractReference) {
        return complaints.countByContractReferenceAndStatusAndReceivedOnAfter(contractReference,
                ComplaintStatus.UPHELD, LocalDate.now(clock).minusYears(1));
    }

    /** A contract not monitored, or another council's, is answered as unknown, so references cannot be probed. */
    private void requireRecorder(SignedInPerson by, String contractReference) {
        if (!contracts.existsById(contractReference) || !scope.mayRecordComplaints(contractReference, by)) {
            throw new NotFound("Contract " + contractReference + " is not monitored.");
        }
    }
}
