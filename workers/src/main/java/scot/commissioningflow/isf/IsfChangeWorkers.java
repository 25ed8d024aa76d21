package scot.commissioningflow.isf;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessLog;

/** Workers for a change of provider (notice given) and for the end of the ISF (another option or council). */
@Component
public class IsfChangeWorkers {

    private static final Logger log = LoggerFactory.getLogger(IsfChangeWorkers.class);

    private final IsfRepository funds;
    private final IsfAgreementRepository agreements;
    private final IsfPolicies policies;
    private final IsfLedger ledger;
    private final LiveContracts liveContracts;
    private final Clock clock;

    IsfChangeWorkers(IsfRepository funds, IsfAgreementRepository agreements, IsfPolicies policies,
            IsfLedger ledger, LiveContracts liveContracts, Clock clock) {
        this.funds = funds;
        this.agreements = agreements;
        this.policies = policies;
        this.ledger = ledger;
        this.liveContracts = liveContracts;
        this.clock = clock;
    }

    /** The current provider keeps the fund, and is paid, until its notice ends; the new agreement starts after. */
    @JobWorker(type = "give-isf-provider-notice")
    @Transactional
    public void giveNotice(ActivatedJob job, @Variable String isfReference, @Variable String providerReference,
            @Variable String choiceInOwnWords, @Variable String choiceHelpedBy, @Variable String choiceHelperName,
            @Variable String choiceRecordedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            isf.moveTo(IsfStatus.CHANGING_PROVIDER);
            isf.recordChoice(providerReference, choiceInOwnWords, ChoiceHelper.valueOf(choiceHelpedBy),
                    choiceHelperName, choiceRecordedBy);
            IsfAgreement live = live(isf);
            if (live.view().endsOn() == null) {
                // The notice runs to the end of the budget month in which it expires, so no month is split.
                LocalDate today = LocalDate.now(clock);
                LocalDate noticeExpires = today.plusDays(policies.inForceOn(today).providerChangeNoticeDays());
                live.noticeEndsOn(ledger.nextPeriodStart(isf, noticeExpires.minusDays(1)).minusDays(1));
            }
            log.info("{} given notice to {} ending {}; {} chosen next", live.providerName(), isfReference,
                    live.view().endsOn(), providerReference);
        }
    }

    @JobWorker(type = "close-isf")
    @Transactional
    public void close(ActivatedJob job, @Variable String isfReference, @Variable String endedHow,
            @Variable String movingTo, @Variable String endingReason) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            if (isf.status() == IsfStatus.CLOSED) {
                return;
            }
            agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT,
                    AgreementStatus.LIVE).ifPresent(live -> {
                        live.endOn(LocalDate.now(clock));
                        liveContracts.end(live, LocalDate.now(clock));
                    });
            isf.end(EndedHow.valueOf(endedHow), endingReason, movingTo, clock.instant());
            log.info("ISF {} closed: {} to {}", isfReference, endedHow, movingTo);
        }
    }

    private IsfAgreement live(IndividualServiceFund isf) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT,
                AgreementStatus.LIVE).orElseThrow(() -> new IllegalStateException(
                        "ISF " + isf.reference() + " has no live agreement to give notice on"));
    }

    private IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(
                () -> new IllegalStateException("ISF " + reference + " is not recorded"));
    }
}
