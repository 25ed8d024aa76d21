package scot.commissioningflow.isf.choice;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.IsfProcess;
import scot.commissioningflow.isf.access.IsfAccess;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.IsfTasks;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.tasks.TaskView;

/**
 * The person's choice of provider and the provider's answer: the person (or whoever directs the support with them)
 * chooses an admitted provider; that provider, and only it, accepts with its fair-work declaration or declines; a
 * provider who declines or fails fair work sends the person back to choose, told why.
 */
@Service
public class Choices {

    private static final Logger log = LoggerFactory.getLogger(Choices.class);

    private final Funds funds;
    private final IsfAccess access;
    private final IsfTasks tasks;
    private final ProviderRegister providers;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Choices(Funds funds, IsfAccess access, IsfTasks tasks, ProviderRegister providers, Notifications notifications,
            AuditTrail audit, Clock clock) {
        this.funds = funds;
        this.access = access;
        this.tasks = tasks;
        this.providers = providers;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the fair-work check is called with after an acceptance; only {@code providerAccepted} after a refusal.
     *
     * @param fairWorkCheckKey one check per acceptance: a later acceptance (another provider, or the same again) is
     *        a new check
     */
    public record AnswerRecorded(boolean providerAccepted, String fairWorkCheckKey, FairWorkContext fairWorkContext,
            String contractStartDate, FairWorkDeclaration fairWorkDeclaration) {
    }

    /** The choice and its audit entry are kept together: the engine hears of the choice once both are stored. */
    @Transactional
    public TaskView choose(String reference, ProviderChoice choice, SignedInPerson person) {
        IndividualServiceFund isf = funds.load(reference);
        access.requireDirecting(isf, person, "record the choice of provider");
        requireAdmitted(choice.providerReference());
        TaskView done = tasks.complete(isf, IsfProcess.RECORD_CHOICE, choice.asSubmission(), person,
                "is not waiting for the person's choice of provider");
        audit.record(person, AuditEntry.of("isf.provider-chosen", "isf", reference, "The person "
                + isf.personUserId() + " chose provider " + choice.providerReference() + " " + helpInWords(choice)
                + "; recorded by " + person.username() + ".").inProcess(done.processInstanceKey()));
        return done;
    }

    @Transactional
    public TaskView answer(String reference, ProviderAnswer answer, SignedInPerson person) {
        IndividualServiceFund isf = funds.load(reference);
        access.requireChosenProvider(isf, person);
        if (!answer.completeForFairWork()) {
            throw new InvalidInput("supportWorkerHourlyPay", "supportWorkerHourlyPay, zeroHoursContracts and "
                    + "workerVoice are needed with an acceptance, for the fair-work check");
        }
        TaskView done = tasks.complete(isf, IsfProcess.PROVIDER_ACCEPTANCE, answer.asSubmission(), person,
                "is not waiting for the provider's answer");
        audit.record(person, AuditEntry.of("isf.provider-answered", "isf", reference, "Provider "
                + person.organisation() + (answer.accepted() ? " accepted" : " declined")
                + " holding the fund: " + answer.notes()).inProcess(done.processInstanceKey()));
        return done;
    }

    @Transactional
    public void recordChoice(ChosenProvider choice) {
        funds.load(choice.isfReference()).recordChoice(choice.providerReference(), choice.choiceInOwnWords(),
                choice.choiceHelpedBy(), choice.choiceHelperName(), choice.choiceRecordedBy());
        log.info("Choice of provider {} recorded for {}", choice.providerReference(), choice.isfReference());
    }

    @Transactional(readOnly = true)
    public AnswerRecorded recordAnswer(ProviderAnswered answer, long elementInstanceKey) {
        IndividualServiceFund isf = funds.load(answer.isfReference());
        if (!Boolean.TRUE.equals(answer.accepted())) {
            log.info("Provider {} declined {}: {}", isf.chosenProviderReference(), isf.reference(),
                    answer.acceptanceNotes());
            return new AnswerRecorded(false, null, null, null, null);
        }
        return new AnswerRecorded(true, isf.reference() + "-" + isf.chosenProviderReference() + "-"
                + elementInstanceKey, FairWorkContext.ISF, LocalDate.now(clock).toString(), answer.declaration());
    }

    /** The chosen provider declined, or did not meet fair work: the person chooses again, with the reason. */
    @Transactional
    public void providerUnavailable(String isfReference, boolean accepted, String acceptanceNotes,
            long elementInstanceKey) {
        IndividualServiceFund isf = funds.load(isfReference);
        isf.backToChoosing();
        String provider = providers.get(isf.chosenProviderReference()).name();
        String why = accepted
                ? provider + " cannot hold your fund because it does not meet the council's fair work conditions."
                : provider + " cannot hold your fund. They said: " + acceptanceNotes;
        String key = "isf-provider-unavailable/" + isfReference + "/" + elementInstanceKey;
        String body = why + " Please choose another provider with your social worker, "
                + isf.socialWorkerName() + " (" + isf.socialWorkerEmail() + "). Your budget stays the same.";
        notifications.send(isf.hasRepresentative()
                ? new Notification(key, isf.representativeName(), isf.representativeEmail(),
                        "Please choose another provider for " + isf.personName(), body)
                : new Notification(key, isf.personName(), isf.personEmail(),
                        "Please choose another provider", body));
        log.info("Provider {} cannot hold {}: {}", isf.chosenProviderReference(), isfReference, why);
    }

    /** Who took part in a choice, for the audit trail: the person alone, or with whose help. */
    public static String helpInWords(ProviderChoice choice) {
        if (choice.helpedBy() == ChoiceHelper.NOBODY) {
            return "on their own";
        }
        return "with help from " + choice.helpedBy().name().toLowerCase().replace('_', ' ')
                + (choice.helperName() == null || choice.helperName().isBlank() ? "" : " (" + choice.helperName()
                        + ")");
    }

    /** Only a provider admitted to the register can be chosen. */
    public void requireAdmitted(String providerReference) {
        try {
            if (providers.get(providerReference).status() != ProviderStatus.ADMITTED) {
                throw new InvalidInput("providerReference", "providerReference " + providerReference
                        + " is not admitted to the provider register");
            }
        } catch (NotFound e) {
            throw new InvalidInput("providerReference", "providerReference " + providerReference
                    + " is not a provider on the register");
        }
    }
}
