package scot.commissioningflow.isf.change;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.isf.access.IsfAccess;
import scot.commissioningflow.isf.agreement.AgreementView;
import scot.commissioningflow.isf.agreement.Agreements;
import scot.commissioningflow.isf.choice.ChosenProvider;
import scot.commissioningflow.isf.choice.Choices;
import scot.commissioningflow.isf.choice.ProviderChoice;
import scot.commissioningflow.isf.fund.EndedHow;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * A fund in place changes hands or ends: the person moves to another provider after the current one's notice, the
 * balance carried over; or leaves Option 2 for another SDS option or another council, the support plan going along.
 */
@Service
public class Changes {

    private static final Logger log = LoggerFactory.getLogger(Changes.class);

    private final Funds funds;
    private final IsfAccess access;
    private final Choices choices;
    private final Agreements agreements;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    Changes(Funds funds, IsfAccess access, Choices choices, Agreements agreements, ProcessEngine engine,
            AuditTrail audit, Clock clock) {
        this.funds = funds;
        this.access = access;
        this.choices = choices;
        this.agreements = agreements;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void requestProviderChange(String reference, ProviderChoice choice, SignedInPerson person) {
        IndividualServiceFund isf = funds.loadLocked(reference);
        access.requireDirecting(isf, person, "change the provider");
        requireActive(isf, "change provider");
        choices.requireAdmitted(choice.providerReference());
        if (choice.providerReference().equals(isf.currentProviderReference())) {
            throw new InvalidInput("providerReference", "providerReference is the provider already holding the fund");
        }
        isf.moveTo(IsfStatus.CHANGING_PROVIDER);
        engine.correlate(IsfProcess.PROVIDER_CHANGE_REQUESTED, reference,
                new ChangeRequested(choice.asSubmission(), person.username()));
        audit.record(person, AuditEntry.of("isf.provider-chosen", "isf", reference, "The person "
                + isf.personUserId() + " chose to move from provider " + isf.currentProviderReference()
                + " to provider " + choice.providerReference() + " " + Choices.helpInWords(choice)
                + "; recorded by " + person.username() + ".").inProcess(isf.processInstanceKey()));
    }

    @Transactional
    public void end(String reference, Ending ending, SignedInPerson person) {
        IndividualServiceFund isf = funds.load(reference);
        access.requireDirecting(isf, person, "move the support elsewhere");
        requireActive(isf, "end the fund");
        engine.correlate(IsfProcess.ENDING, reference,
                new EndingAsked(ending.how().name(), ending.movingTo(), ending.reason()));
    }

    /** The current provider is given notice and the new choice recorded; the new agreement starts after it. */
    @Transactional
    public void giveNotice(ChosenProvider next) {
        IndividualServiceFund isf = funds.loadLocked(next.isfReference());
        isf.moveTo(IsfStatus.CHANGING_PROVIDER);
        isf.recordChoice(next.providerReference(), next.choiceInOwnWords(), next.choiceHelpedBy(),
                next.choiceHelperName(), next.choiceRecordedBy());
        AgreementView onNotice = agreements.giveNotice(isf);
        log.info("{} given notice to {} ending {}; {} chosen next", onNotice.providerName(), isf.reference(),
                onNotice.endsOn(), next.providerReference());
    }

    /** Closed once: a repeat of the step finds the fund closed and leaves it as it is. */
    @Transactional
    public void close(String isfReference, EndedHow how, String movingTo, String reason) {
        IndividualServiceFund isf = funds.load(isfReference);
        if (isf.status() == IsfStatus.CLOSED) {
            return;
        }
        agreements.endLive(isf);
        isf.end(how, reason, movingTo, clock.instant());
        log.info("ISF {} closed: {} to {}", isfReference, how, movingTo);
    }

    private static void requireActive(IndividualServiceFund isf, String action) {
        if (isf.status() != IsfStatus.ACTIVE) {
            throw new Conflict("Individual service fund " + isf.reference() + " is "
                    + isf.status().name().toLowerCase().replace('_', ' ') + "; it must be in place to " + action
                    + ".");
        }
    }

    /** The new choice, with the choice form's fields as the process reads them, and who recorded it. */
    record ChangeRequested(@JsonUnwrapped ProviderChoice.ChoiceFields choice, String choiceRecordedBy) {
    }

    /** How the fund ends, as the ending step reads it. */
    record EndingAsked(String endedHow, String movingTo, String endingReason) {
    }
}
