package scot.commissioningflow.commissioning.clarifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.clarifications.Clarification.ClarificationView;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * Clarifications while a tender is open: providers register interest and ask; the commissioner answers in the tender's
 * process; every interested provider receives every answer, and no one learns who asked.
 */
@Service
public class Clarifications {

    private static final Logger log = LoggerFactory.getLogger(Clarifications.class);

    private final Tenders tenders;
    private final ClarificationRepository clarifications;
    private final TenderInterestRepository interests;
    private final ProcessEngine engine;
    private final TaskInbox inbox;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Clarifications(Tenders tenders, ClarificationRepository clarifications, TenderInterestRepository interests,
            ProcessEngine engine, TaskInbox inbox, Notifications notifications, AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.clarifications = clarifications;
        this.interests = interests;
        this.engine = engine;
        this.inbox = inbox;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A provider who registered interest in a tender, and so receives every clarification answer. */
    public record Interest(String providerReference, String providerName, String contactEmail) {
    }

    /** A clarification as every provider sees it: who asked is not shown. */
    public record PublishedAnswer(String question, String answer, Instant answeredAt) {
    }

    /** Only a user of the provider registers its interest, so answers go to the address the provider itself gave. */
    @Transactional
    public void registerInterest(String reference, Interest interest, SignedInPerson person) {
        TenderAccess.requireActsFor(person, interest.providerReference(), "register interest in " + reference);
        requireOpen(reference, "register interest");
        if (!interests.existsByTenderReferenceAndProviderReference(reference, interest.providerReference())) {
            interests.save(new TenderInterest(reference, interest.providerReference(), interest.providerName(),
                    interest.contactEmail(), clock.instant()));
        }
    }

    /** True when this provider has registered interest in the tender (the portal's opportunity page says so). */
    @Transactional(readOnly = true)
    public boolean hasRegisteredInterest(String reference, String providerReference) {
        return providerReference != null
                && interests.existsByTenderReferenceAndProviderReference(reference, providerReference);
    }

    /** Records the question and hands it to the tender's process, where the commissioner answers it. */
    @Transactional
    public ClarificationView ask(String reference, String providerReference, String question,
            SignedInPerson person) {
        TenderAccess.requireActsFor(person, providerReference, "ask a clarification question on " + reference);
        requireOpen(reference, "ask a clarification question");
        if (!interests.existsByTenderReferenceAndProviderReference(reference, providerReference)) {
            throw new Conflict("Provider " + providerReference + " has not registered interest in " + reference
                    + "; register interest first so that you receive every answer.");
        }
        Clarification clarification = clarifications.save(
                new Clarification(reference, providerReference, question, clock.instant()));
        engine.correlate(TenderProcess.CLARIFICATION_ASKED, reference,
                new ClarificationAsked(clarification.id(), question));
        return clarification.view();
    }

    /**
     * For the buyer's staff, every question with who each answer was shared with; for a provider user, its own
     * questions and the answers shared with it.
     */
    @Transactional(readOnly = true)
    public List<ClarificationView> all(String reference, SignedInPerson person) {
        TenderAccess.Reader reader = TenderAccess.reader(person, tenders.get(reference), "clarifications");
        List<Clarification> asked = clarifications.findByTenderReferenceOrderByAskedAt(reference);
        if (reader.isProvider()) {
            return asked.stream().filter(c -> c.visibleTo(reader.provider())).map(c -> c.viewFor(reader.provider()))
                    .toList();
        }
        return asked.stream().map(Clarification::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PublishedAnswer> published(String reference) {
        return clarifications.findByTenderReferenceOrderByAskedAt(reference).stream()
                .filter(Clarification::shared).map(Clarification::view)
                .map(c -> new PublishedAnswer(c.question(), c.answer(), c.answeredAt())).toList();
    }

    /**
     * Completes the process's answer task for this question; the process then shares the answer with everyone. Only
     * staff of the buying council answer on its behalf.
     */
    @Transactional
    public TaskView answer(String reference, long clarificationId, String answer, SignedInPerson person) {
        TenderView tender = tenders.get(reference);
        TenderAccess.requireBuyerStaff(person, tender, "answer its clarification questions");
        Clarification clarification = clarifications.findByIdAndTenderReference(clarificationId, reference)
                .orElseThrow(() -> new NotFound("Tender " + reference + " has no clarification " + clarificationId
                        + "."));
        if (clarification.answered()) {
            throw new Conflict("Clarification " + clarificationId + " has already been answered.");
        }
        TaskView task = inbox.find(TaskQuery.open().forBusinessKey(reference)
                        .atElement(TenderProcess.ANSWER_CLARIFICATION)).stream()
                .filter(t -> String.valueOf(clarificationId)
                        .equals(String.valueOf(t.variables().get("clarificationId"))))
                .findFirst()
                .orElseThrow(() -> new Conflict("Clarification " + clarificationId
                        + " is not waiting for an answer yet; try again in a moment."));
        audit.record(person, AuditEntry.of("tender.clarification-answered", "tender", reference, "Clarification "
                + clarificationId + " answered, to be shared with every interested provider: " + answer)
                .inProcess(tender.processInstanceKey()));
        return inbox.complete(task.taskKey(), new ClarificationAnswer(answer), person.username());
    }

    /** Keyed per provider and question, so a redelivered job tells nobody twice. */
    @Transactional
    int share(ClarificationAnswered answered) {
        String reference = answered.tenderReference();
        Clarification clarification = clarifications.findByIdAndTenderReference(answered.clarificationId(), reference)
                .orElseThrow(() -> new IllegalStateException("No clarification " + answered.clarificationId()));
        if (!clarification.shared()) {
            clarification.answer(answered.clarificationAnswer(), answered.answeredBy(), clock.instant());
            List<TenderInterest> interested = interests.findByTenderReferenceOrderByRegisteredAt(reference);
            TenderView tender = tenders.get(reference);
            for (TenderInterest provider : interested) {
                notifications.send(new Notification(
                        "clarification/" + reference + "/" + answered.clarificationId() + "/"
                                + provider.providerReference(),
                        provider.providerName(), provider.contactEmail(),
                        "Clarification for " + tender.title() + " (" + reference + ")",
                        "Question: " + clarification.question() + "\n\nAnswer: " + answered.clarificationAnswer()
                                + "\n\nEvery provider who registered interest receives this answer; who asked"
                                + " is not shared."));
            }
            List<String> everyone = interested.stream().map(TenderInterest::providerReference).toList();
            clarification.shareWith(everyone);
            log.info("Clarification {} answered and shared with {} providers", answered.clarificationId(),
                    everyone.size());
        }
        return clarification.view().sharedWith().size();
    }

    private void requireOpen(String reference, String action) {
        TenderView tender = tenders.get(reference);
        if (!tender.status().acceptsResponses()) {
            throw new Conflict("You cannot " + action + " for " + reference + " now: it is "
                    + tender.status().inWords() + ".");
        }
    }

    /** The question the process waits to have answered, named as its answer task's form shows it. */
    record ClarificationAsked(long clarificationId, String clarificationQuestion) {
    }

    /** The field of the answer task's form. */
    record ClarificationAnswer(String clarificationAnswer) {
    }
}
