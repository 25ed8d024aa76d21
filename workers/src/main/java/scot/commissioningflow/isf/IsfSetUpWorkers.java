package scot.commissioningflow.isf;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessLog;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderView;

/**
 * Workers from the person's choice to the ISF being in place (processes/isf/option2-individual-service-fund.bpmn).
 * Keyed by the ISF reference and the contract reference, so a job delivered twice changes nothing the second time.
 */
@Component
public class IsfSetUpWorkers {

    private static final Logger log = LoggerFactory.getLogger(IsfSetUpWorkers.class);

    private final IsfRepository funds;
    private final IsfAgreementRepository agreements;
    private final IsfLedger ledger;
    private final IsfPolicies policies;
    private final AgreementDocuments documents;
    private final ProviderRegister providers;
    private final LiveContracts liveContracts;
    private final Notifications notifications;
    private final Clock clock;

    IsfSetUpWorkers(IsfRepository funds, IsfAgreementRepository agreements, IsfLedger ledger, IsfPolicies policies,
            AgreementDocuments documents, ProviderRegister providers, LiveContracts liveContracts,
            Notifications notifications, Clock clock) {
        this.funds = funds;
        this.agreements = agreements;
        this.ledger = ledger;
        this.policies = policies;
        this.documents = documents;
        this.providers = providers;
        this.liveContracts = liveContracts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @JobWorker(type = "record-isf-choice")
    @Transactional
    public void recordChoice(ActivatedJob job, @Variable String isfReference, @Variable String providerReference,
            @Variable String choiceInOwnWords, @Variable String choiceHelpedBy, @Variable String choiceHelperName,
            @Variable String choiceRecordedBy) {
        try (var ignored = ProcessLog.forJob(job)) {
            load(isfReference).recordChoice(providerReference, choiceInOwnWords, ChoiceHelper.valueOf(choiceHelpedBy),
                    choiceHelperName, choiceRecordedBy);
            log.info("Choice of provider {} recorded for {}", providerReference, isfReference);
        }
    }

    @JobWorker(type = "record-isf-provider-answer")
    @Transactional
    public Map<String, Object> recordProviderAnswer(ActivatedJob job, @Variable String isfReference,
            @Variable Boolean accepted, @Variable String acceptanceNotes) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            if (!Boolean.TRUE.equals(accepted)) {
                log.info("Provider {} declined {}: {}", isf.chosenProviderReference(), isfReference, acceptanceNotes);
                return Map.of("providerAccepted", false);
            }
            Map<String, Object> variables = job.getVariablesAsMap();
            Map<String, Object> result = new HashMap<>();
            result.put("providerAccepted", true);
            // One fair-work check per acceptance: a later acceptance (another provider, or the same again) is new.
            result.put("fairWorkCheckKey", isfReference + "-" + isf.chosenProviderReference() + "-"
                    + job.getElementInstanceKey());
            result.put("fairWorkContext", "ISF");
            result.put("contractStartDate", LocalDate.now(clock).toString());
            result.put("fairWorkDeclaration", FairWorkDeclaration.from(variables));
            return result;
        }
    }

    /** The chosen provider declined, or did not meet fair work: the person chooses again, with the reason. */
    @JobWorker(type = "record-isf-provider-unavailable")
    @Transactional
    public void recordProviderUnavailable(ActivatedJob job, @Variable String isfReference,
            @Variable Boolean providerAccepted, @Variable String acceptanceNotes, @Variable String fairWorkSummary) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            backToChoosing(isf);
            String provider = providers.get(isf.chosenProviderReference()).name();
            String why = Boolean.TRUE.equals(providerAccepted)
                    ? provider + " cannot hold your fund because it does not meet the council's fair work conditions."
                    : provider + " cannot hold your fund. They said: " + acceptanceNotes;
            String key = "isf-provider-unavailable/" + isfReference + "/" + job.getElementInstanceKey();
            String body = why + " Please choose another provider with your social worker, "
                    + isf.socialWorkerName() + " (" + isf.socialWorkerEmail() + "). Your budget stays the same.";
            notifications.send(isf.hasRepresentative()
                    ? new Notification(key, isf.representativeName(), isf.representativeEmail(),
                            "Please choose another provider for " + isf.personName(), body)
                    : new Notification(key, isf.personName(), isf.personEmail(),
                            "Please choose another provider", body));
            log.info("Provider {} cannot hold {}: {}", isf.chosenProviderReference(), isfReference, why);
        }
    }

    @JobWorker(type = "prepare-isf-agreement")
    @Transactional
    public Map<String, Object> prepareAgreement(ActivatedJob job, @Variable String isfReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            ProviderView provider = providers.get(isf.chosenProviderReference());
            IsfAgreement agreement = agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(),
                            AgreementKind.AGREEMENT, AgreementStatus.AWAITING_SIGNATURES)
                    .filter(waiting -> waiting.providerReference().equals(provider.reference()))
                    .orElseGet(() -> agreements.save(IsfAgreement.agreement(isf.id(), nextReference(isf),
                            provider.reference(), provider.name(), isf.indicativeAnnualBudget(), startDate(isf),
                            clock.instant())));
            if (isf.status() != IsfStatus.CHANGING_PROVIDER) {
                isf.moveTo(IsfStatus.AWAITING_SIGNATURES);
            }
            IsfPolicy policy = policies.inForceOn(agreement.startsOn());
            LocalDate firstReview = agreement.startsOn().plusMonths(isf.reviewIntervalMonths(policy));
            log.info("Agreement {} prepared with {}, starting {}", agreement.contractReference(), provider.name(),
                    agreement.startsOn());
            return Map.of(
                    "contractReference", agreement.contractReference(),
                    "contractTemplate", AgreementDocuments.AGREEMENT_TEMPLATE,
                    "contractFields", documents.agreement(isf, agreement, provider, policy, firstReview),
                    "signatories", documents.signatories(isf, provider),
                    "signingDeadlineDays", policies.inForceOn(LocalDate.now(clock)).signingDeadlineDays(),
                    "agreementStartsIn", untilStart(agreement.startsOn()));
        }
    }

    @JobWorker(type = "record-isf-signing-outcome")
    @Transactional
    public void recordSigningOutcome(ActivatedJob job, @Variable String isfReference,
            @Variable String contractReference, @Variable Boolean contractSigned,
            @Variable String contractDocumentId, @Variable String contractDocumentSha256) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            IsfAgreement agreement = agreements.findByContractReference(contractReference).orElseThrow(
                    () -> new IllegalStateException("Agreement " + contractReference + " was never prepared"));
            if (Boolean.TRUE.equals(contractSigned)) {
                agreement.signed(contractDocumentId, contractDocumentSha256);
                if (agreement.kind() == AgreementKind.AGREEMENT && isf.status() != IsfStatus.CHANGING_PROVIDER) {
                    isf.moveTo(IsfStatus.AWAITING_START);
                }
                log.info("{} signed by everyone", contractReference);
                return;
            }
            agreement.notSigned();
            if (agreement.kind() == AgreementKind.VARIATION) {
                isf.moveTo(IsfStatus.ACTIVE);
            } else {
                backToChoosing(isf);
            }
            log.info("{} was not signed by everyone before the deadline", contractReference);
        }
    }

    /**
     * The agreement takes effect: on a change of provider the old agreement ends the day before, and whatever it
     * left unspent (money and hours) is carried over to the new one.
     */
    @JobWorker(type = "activate-isf-agreement")
    @Transactional
    public Map<String, Object> activate(ActivatedJob job, @Variable String isfReference,
            @Variable String contractReference) {
        try (var ignored = ProcessLog.forJob(job)) {
            IndividualServiceFund isf = load(isfReference);
            IsfAgreement agreement = agreements.findByContractReference(contractReference).orElseThrow();
            if (agreement.status() != AgreementStatus.LIVE) {
                BigDecimal balance = BigDecimal.ZERO;
                BigDecimal hours = BigDecimal.ZERO;
                var previous = agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(),
                        AgreementKind.AGREEMENT, AgreementStatus.LIVE);
                if (previous.isPresent()) {
                    LedgerView old = ledger.view(isf, previous.get().providerReference(),
                            previous.get().carriedOverBalance(), previous.get().carriedOverHours());
                    balance = old.bankedBalance();
                    hours = old.bankedHours();
                    previous.get().endOn(agreement.startsOn().minusDays(1));
                    liveContracts.end(previous.get(), agreement.startsOn().minusDays(1));
                    log.info("Agreement {} ended; £{} and {} hours carried over to {}",
                            previous.get().contractReference(), balance, hours, contractReference);
                }
                agreement.goLive(balance, hours);
                ledger.budgetFrom(isf, agreement, agreement.startsOn());
                IsfPolicy policy = policies.inForceOn(agreement.startsOn());
                isf.holdBy(agreement.providerReference(), agreement.startsOn().plusMonths(isf.reviewIntervalMonths(policy)));
                liveContracts.register(isf, agreement);
                log.info("ISF {} is in place with {}", isfReference, agreement.providerName());
            }
            return Map.of("reviewInterval", reviewInterval(isf, policies.inForceOn(LocalDate.now(clock))));
        }
    }

    private void backToChoosing(IndividualServiceFund isf) {
        if (isf.status() != IsfStatus.CHANGING_PROVIDER) {
            isf.moveTo(IsfStatus.AWAITING_CHOICE);
        }
    }

    private String nextReference(IndividualServiceFund isf) {
        return isf.reference() + "-A" + (agreements.countByIsfIdAndKind(isf.id(), AgreementKind.AGREEMENT) + 1);
    }

    /** A new ISF starts today; on a change of provider, the day after the old provider's notice ends. */
    private LocalDate startDate(IndividualServiceFund isf) {
        return agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(), AgreementKind.AGREEMENT,
                        AgreementStatus.LIVE)
                .map(IsfAgreement::view).map(AgreementView::endsOn)
                .map(lastDay -> lastDay.plusDays(1))
                .orElse(LocalDate.now(clock));
    }

    /**
     * How long the engine waits before the agreement takes effect. A duration, not a date: engine timers run on the
     * engine's clock, which is the only clock the process may rely on.
     */
    private String untilStart(LocalDate startsOn) {
        return "P" + Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), startsOn)) + "D";
    }

    /** The annual review timer, as an ISO-8601 period the engine counts from each return to the live fund. */
    static String reviewInterval(IndividualServiceFund isf, IsfPolicy policy) {
        return "P" + isf.reviewIntervalMonths(policy) + "M";
    }

    private IndividualServiceFund load(String reference) {
        return funds.findByReference(reference).orElseThrow(
                () -> new IllegalStateException("ISF " + reference + " is not recorded"));
    }
}
