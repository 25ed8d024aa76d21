package scot.commissioningflow.monitoring.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.monitoring.Standing;
import scot.commissioningflow.monitoring.review.MonitoringReview;
import scot.commissioningflow.monitoring.review.MonitoringReviewRepository;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Monitored contracts whose process the engine lost. One waiting for its next review waits again, its timer re-armed
 * from the stored next-review date (a date that passed while the engine was down makes the review due at once). A
 * contract with a review open (not yet rated, or an improvement plan not yet followed up) is listed for an officer:
 * the review's return request, reminders and tasks were held only by the lost review process, and starting the review
 * again would ask the provider for a second return. A contract whose register entry has ended is not resumed.
 */
@Component
class MonitoringResumption implements ResumableRecords {

    private static final String SUBJECT = "monitored contract";

    private final MonitoredContractRepository contracts;
    private final MonitoringReviewRepository reviews;
    private final ContractRegister register;
    private final Clock clock;

    MonitoringResumption(MonitoredContractRepository contracts, MonitoringReviewRepository reviews,
            ContractRegister register, Clock clock) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.register = register;
        this.clock = clock;
    }

    /**
     * Not one transaction: a contract the register no longer holds is refused by the register, and that refusal must
     * not roll back the reading of the rest.
     */
    @Override
    public List<RecordInFlight> inFlight() {
        return contracts.findWithProcess().stream().filter(contract -> !ended(contract)).map(this::resumption)
                .toList();
    }

    private RecordInFlight resumption(MonitoredContract contract) {
        long key = contract.processInstanceKey();
        if (registered(contract).isEmpty()) {
            return RecordInFlight.cannotResume(MonitoringProcess.PROCESS_ID, SUBJECT, contract.contractReference(),
                    key, MonitoringProcess.WAIT_FOR_REVIEW, "The contract is monitored but no longer in the register "
                            + "of contracts, so whether it is still live cannot be told.");
        }
        Optional<MonitoringReview> open = reviews
                .findByContractReferenceOrderByReviewNumber(contract.contractReference()).stream()
                .filter(review -> review.reviewedAt() == null).findFirst();
        if (open.isEmpty() && contract.standing() == Standing.IMPROVEMENT_PLAN) {
            // The review was rated, but its improvement plan waits to be followed up inside the same lost review.
            open = reviews.findByContractReferenceOrderByReviewNumber(contract.contractReference()).stream()
                    .reduce((first, second) -> second);
        }
        if (open.isPresent()) {
            return RecordInFlight.cannotResume(MonitoringProcess.PROCESS_ID,
                    SUBJECT, contract.contractReference(), key, MonitoringProcess.REVIEW, "Review "
                            + open.get().reviewNumber() + " of the contract was in progress when its process was "
                            + "lost. The return, rating and findings it holds are kept, but the return request, its "
                            + "reminder and the officer's tasks were held only by the lost review, so the review "
                            + "cannot carry on by itself; starting it again would ask the provider for a second "
                            + "return.");
        }
        if (contract.nextReviewDue() == null) {
            // The tier was never decided: the process had not got past its first steps, which are safe to run again.
            return RecordInFlight.resumeBefore(MonitoringProcess.PROCESS_ID,
                    SUBJECT, contract.contractReference(), key, MonitoringProcess.GATHER_INPUTS,
                    new Waiting(contract.contractReference(), null));
        }
        Instant now = clock.instant();
        Duration dueIn = contract.nextReviewDue().isAfter(now) ? Duration.between(now, contract.nextReviewDue())
                : Duration.ZERO;
        return RecordInFlight.resumeBefore(MonitoringProcess.PROCESS_ID,
                SUBJECT, contract.contractReference(), key, MonitoringProcess.WAIT_FOR_REVIEW,
                new Waiting(contract.contractReference(), dueIn.toString()));
    }

    /** The contract's monitoring stopped when its register entry ended, so there is nothing to resume. */
    private boolean ended(MonitoredContract contract) {
        return registered(contract).map(entry -> entry.endDate() != null
                && !entry.endDate().isAfter(LocalDate.now(clock))).orElse(false);
    }

    private Optional<ContractEntry> registered(MonitoredContract contract) {
        try {
            return Optional.of(register.get(contract.contractReference()).contract());
        } catch (NotFound notInTheRegister) {
            return Optional.empty();
        }
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        contracts.findById(record.reference()).orElseThrow().started(newProcessInstanceKey);
    }

    /** What the waiting process has: the contract it correlates on, and how long until its next review. */
    record Waiting(String contractReference, String reviewDueIn) {
    }
}
