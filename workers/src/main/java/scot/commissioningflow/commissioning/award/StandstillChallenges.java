package scot.commissioningflow.commissioning.award;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.award.StandstillChallenge.ChallengeView;
import scot.commissioningflow.commissioning.tender.TenderAccess;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;

/**
 * A concerned provider's challenge to the award during standstill: received from the provider, handed to the
 * tender's process (where the commissioner reviews it and the contract waits), decided, and shown on the tender.
 */
@Service
public class StandstillChallenges {

    private static final Logger log = LoggerFactory.getLogger(StandstillChallenges.class);

    private final Tenders tenders;
    private final StandstillChallengeRepository challenges;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    StandstillChallenges(Tenders tenders, StandstillChallengeRepository challenges, ProcessEngine engine,
            AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.challenges = challenges;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accepted only from a user of the provider challenging, and only while standstill runs: that is when the
     * contract cannot yet be concluded.
     */
    @Transactional
    public ChallengeView receive(String reference, String providerReference, String grounds, SignedInPerson person) {
        TenderAccess.requireActsFor(person, providerReference, "challenge the award of " + reference);
        TenderView tender = tenders.get(reference);
        if (tender.status() != TenderStatus.STANDSTILL) {
            throw new Conflict("A challenge to " + reference + " can be received only during standstill; the tender"
                    + " is " + tender.status().inWords() + ".");
        }
        StandstillChallenge challenge = challenges.save(
                new StandstillChallenge(reference, providerReference, grounds, clock.instant()));
        tenders.moveTo(reference, TenderStatus.CHALLENGED);
        engine.correlate(TenderProcess.CHALLENGE_RECEIVED, reference, new ChallengeReceived(challenge.view().id()));
        audit.record(person, AuditEntry.of("tender.challenge-received", "tender", reference, "Challenge "
                + challenge.view().id() + " from " + providerReference + " during standstill: " + grounds)
                .inProcess(tender.processInstanceKey()));
        return challenge.view();
    }

    /** Every challenge for the buying council's staff; a provider sees only its own. */
    @Transactional(readOnly = true)
    public List<ChallengeView> of(String reference, SignedInPerson person) {
        TenderAccess.Reader reader = TenderAccess.reader(person, tenders.get(reference), "standstill challenges");
        return challenges.findByTenderReferenceOrderByReceivedAt(reference).stream().map(StandstillChallenge::view)
                .filter(challenge -> reader.sees(challenge.providerReference())).toList();
    }

    /** Upheld, the award is set aside; dismissed, standstill resumes. Once per challenge. */
    @Transactional
    void decide(ChallengeDecided decided) {
        StandstillChallenge challenge = challenges.findById(decided.challengeId()).orElseThrow(
                () -> new IllegalStateException("No standstill challenge " + decided.challengeId()));
        if (challenge.decided()) {
            return;
        }
        challenge.decide(decided.challengeOutcome(), decided.challengeReasons(), decided.challengeDecidedBy());
        // The commissioner decided in the review task; this step records it, naming them.
        audit.recordBySystem("standstill-challenge", AuditEntry.of("tender.challenge-decided", "tender",
                decided.tenderReference(), "Challenge " + decided.challengeId() + " " + decided.challengeOutcome()
                        + " by " + decided.challengeDecidedBy() + ": " + decided.challengeReasons())
                .inProcess(tenders.get(decided.tenderReference()).processInstanceKey()));
        if (decided.upheld()) {
            tenders.cancel(decided.tenderReference(), "Award set aside after a challenge was upheld: "
                    + decided.challengeReasons());
        } else {
            tenders.moveTo(decided.tenderReference(), TenderStatus.STANDSTILL);
        }
        log.info("Challenge {} to {}: {}", decided.challengeId(), decided.tenderReference(),
                decided.challengeOutcome());
    }

    /** What the process is told of a challenge: which one, for its decision step to look up. */
    record ChallengeReceived(long challengeId) {
    }
}
