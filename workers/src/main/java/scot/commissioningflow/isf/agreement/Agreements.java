package scot.commissioningflow.isf.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.isf.IsfPolicyInForce;
import scot.commissioningflow.isf.IsfPolicyView;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.ledger.LedgerView;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderView;

/**
 * The three-party agreement and its variations, from preparing the document to ending it. Keyed by the ISF reference
 * and the contract reference, so a step the engine delivers twice changes nothing the second time.
 */
@Service
public class Agreements {

    private static final Logger log = LoggerFactory.getLogger(Agreements.class);

    private final IsfAgreementRepository agreements;
    private final AgreementHistory history;
    private final Funds funds;
    private final Ledger ledger;
    private final IsfPolicyInForce policies;
    private final AgreementDocuments documents;
    private final ProviderRegister providers;
    private final LiveContracts liveContracts;
    private final Clock clock;

    Agreements(IsfAgreementRepository agreements, AgreementHistory history, Funds funds, Ledger ledger,
            IsfPolicyInForce policies, AgreementDocuments documents, ProviderRegister providers,
            LiveContracts liveContracts, Clock clock) {
        this.agreements = agreements;
        this.history = history;
        this.funds = funds;
        this.ledger = ledger;
        this.policies = policies;
        this.documents = documents;
        this.providers = providers;
        this.liveContracts = liveContracts;
        this.clock = clock;
    }

    /**
     * What the contract-signing call activity is asked for, and when the agreement would start.
     *
     * @param agreementStartsIn how long the engine waits before the agreement takes effect: a duration, not a date,
     *        because engine timers run on the engine's clock, the only clock the process may rely on
     */
    public record PreparedAgreement(String contractReference, ContractRequest contractRequest,
            String agreementStartsIn) {
    }

    /** A variation to sign: no start to wait for, it applies from the next budget month once signed. */
    public record PreparedVariation(String contractReference, ContractRequest contractRequest) {
    }

    /** The annual review timer, as an ISO-8601 period the engine counts from each return to the live fund. */
    public record ReviewSchedule(String reviewInterval) {
    }

    @Transactional
    public PreparedAgreement prepare(String isfReference) {
        IndividualServiceFund isf = funds.load(isfReference);
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
        IsfPolicyView policy = policies.on(agreement.startsOn());
        LocalDate firstReview = agreement.startsOn().plusMonths(isf.reviewIntervalMonths(policy));
        log.info("Agreement {} prepared with {}, starting {}", agreement.contractReference(), provider.name(),
                agreement.startsOn());
        ContractRequest request = new ContractRequest(agreement.contractReference(), AgreementFields.TEMPLATE,
                documents.agreement(isf, agreement, provider, policy, firstReview),
                documents.signatories(isf, provider), signingDeadlineDays());
        return new PreparedAgreement(agreement.contractReference(), request, untilStart(agreement.startsOn()));
    }

    /** Everyone signed, or the deadline passed: an unsigned agreement sends the person back to choose. */
    @Transactional
    public void recordSigning(String isfReference, String contractReference, boolean signed, String documentId,
            String documentSha256) {
        IndividualServiceFund isf = funds.load(isfReference);
        IsfAgreement agreement = byReference(contractReference);
        if (signed) {
            agreement.signed(documentId, documentSha256);
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
            isf.backToChoosing();
        }
        log.info("{} was not signed by everyone before the deadline", contractReference);
    }

    /**
     * The agreement takes effect: on a change of provider the old agreement ends the day before, and whatever it
     * left unspent (money and hours) is carried over to the new one.
     */
    @Transactional
    public ReviewSchedule activate(String isfReference, String contractReference) {
        IndividualServiceFund isf = funds.load(isfReference);
        IsfAgreement agreement = byReference(contractReference);
        if (agreement.status() != AgreementStatus.LIVE) {
            BigDecimal balance = BigDecimal.ZERO;
            BigDecimal hours = BigDecimal.ZERO;
            var previous = history.liveAgreement(isf.id());
            if (previous.isPresent()) {
                LedgerView old = ledger.view(isf, previous.get().providerReference(),
                        previous.get().carriedOverBalance(), previous.get().carriedOverHours());
                balance = old.bankedBalance();
                hours = old.bankedHours();
                end(previous.get(), agreement.startsOn().minusDays(1));
                log.info("Agreement {} ended; £{} and {} hours carried over to {}",
                        previous.get().contractReference(), balance, hours, contractReference);
            }
            agreement.goLive(balance, hours);
            ledger.budgetFrom(isf, agreement.contractReference(), agreement.providerReference(),
                    agreement.annualBudget(), agreement.startsOn());
            isf.holdBy(agreement.providerReference(),
                    agreement.startsOn().plusMonths(isf.reviewIntervalMonths(policies.on(agreement.startsOn()))));
            liveContracts.register(isf, agreement);
            log.info("ISF {} is in place with {}", isfReference, agreement.providerName());
        }
        return new ReviewSchedule(isf.reviewInterval(policies.on(LocalDate.now(clock))));
    }

    /** A new budget after a review, signed as a variation of the live agreement from the next budget month. */
    @Transactional
    public PreparedVariation prepareVariation(IndividualServiceFund isf, BigDecimal newAnnualBudget,
            String reviewedBecause, String reviewNotes) {
        IsfAgreement live = live(isf);
        LocalDate effectiveFrom = ledger.nextPeriodStart(isf, LocalDate.now(clock));
        IsfAgreement variation = agreements.findFirstByIsfIdAndKindAndStatusOrderByIdDesc(isf.id(),
                        AgreementKind.VARIATION, AgreementStatus.AWAITING_SIGNATURES)
                .orElseGet(() -> agreements.save(live.variation(live.contractReference() + "-V"
                                + (agreements.countByVariesReference(live.contractReference()) + 1),
                        newAnnualBudget, effectiveFrom, clock.instant())));
        ProviderView provider = providers.get(live.providerReference());
        log.info("Variation {} prepared: annual budget £{} to £{} from {}", variation.contractReference(),
                live.annualBudget(), newAnnualBudget, variation.startsOn());
        return new PreparedVariation(variation.contractReference(), new ContractRequest(
                variation.contractReference(), VariationFields.TEMPLATE,
                documents.variation(isf, variation, live, reviewedBecause, reviewNotes),
                documents.signatories(isf, provider), signingDeadlineDays()));
    }

    /**
     * The signed variation: the agreement and the months from its date run on the new budget.
     *
     * @return false when it had been applied already (the same step delivered again)
     */
    @Transactional
    public boolean applyVariation(IndividualServiceFund isf, String contractReference) {
        IsfAgreement variation = byReference(contractReference);
        if (variation.status() == AgreementStatus.LIVE) {
            return false;
        }
        byReference(variation.variesReference()).varyBudget(variation.annualBudget());
        variation.goLive(BigDecimal.ZERO, BigDecimal.ZERO);
        ledger.rebudgetFrom(isf, variation.startsOn(), variation.annualBudget());
        liveContracts.vary(variation, "Budget changed after a review");
        log.info("Variation {} applied: £{} a year from {}", contractReference, variation.annualBudget(),
                variation.startsOn());
        return true;
    }

    /**
     * The current provider keeps the fund, and is paid, until its notice ends; the notice runs to the end of the
     * budget month in which it expires, so no month is split. Given once: a repeat keeps the first date.
     */
    @Transactional
    public AgreementView giveNotice(IndividualServiceFund isf) {
        IsfAgreement live = live(isf);
        if (live.view().endsOn() == null) {
            LocalDate today = LocalDate.now(clock);
            live.noticeEndsOn(NoticePeriod.lastDay(today, policies.on(today).providerChangeNoticeDays(),
                    day -> ledger.nextPeriodStart(isf, day)));
        }
        return live.view();
    }

    /** The person moves on: the live agreement, if any, ends today. */
    @Transactional
    public void endLive(IndividualServiceFund isf) {
        history.liveAgreement(isf.id()).ifPresent(live -> end(live, LocalDate.now(clock)));
    }

    private void end(IsfAgreement agreement, LocalDate lastDay) {
        agreement.endOn(lastDay);
        liveContracts.end(agreement, lastDay);
    }

    private IsfAgreement live(IndividualServiceFund isf) {
        return history.liveAgreement(isf.id()).orElseThrow(() -> new IllegalStateException(
                "ISF " + isf.reference() + " has no live agreement"));
    }

    private IsfAgreement byReference(String contractReference) {
        return agreements.findByContractReference(contractReference).orElseThrow(
                () -> new IllegalStateException("Agreement " + contractReference + " was never prepared"));
    }

    private int signingDeadlineDays() {
        return policies.on(LocalDate.now(clock)).signingDeadlineDays();
    }

    private String nextReference(IndividualServiceFund isf) {
        return isf.reference() + "-A" + (agreements.countByIsfIdAndKind(isf.id(), AgreementKind.AGREEMENT) + 1);
    }

    /** A new ISF starts today; on a change of provider, the day after the old provider's notice ends. */
    private LocalDate startDate(IndividualServiceFund isf) {
        return history.live(isf.id()).map(AgreementView::endsOn).map(lastDay -> lastDay.plusDays(1))
                .orElse(LocalDate.now(clock));
    }

    /** How long the engine waits from today until this stored date: its timers run on durations (see above). */
    String untilStart(LocalDate startsOn) {
        return "P" + Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), startsOn)) + "D";
    }
}
