package scot.commissioningflow.commissioning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.commissioning.AwardDecision.AwardView;
import scot.commissioningflow.commissioning.DebriefLetter.LetterView;
import scot.commissioningflow.commissioning.StandstillChallenge.ChallengeView;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.NotFound;

/** The award, the letters that explain it, and challenges received while standstill runs. */
@Service
public class Awards {

    static final String CHALLENGE_RECEIVED = "tender-standstill-challenge";

    private final Tenders tenders;
    private final AwardDecisionRepository awards;
    private final DebriefLetterRepository letters;
    private final StandstillChallengeRepository challenges;
    private final ProcessEngine engine;
    private final Clock clock;

    Awards(Tenders tenders, AwardDecisionRepository awards, DebriefLetterRepository letters,
            StandstillChallengeRepository challenges, ProcessEngine engine, Clock clock) {
        this.tenders = tenders;
        this.awards = awards;
        this.letters = letters;
        this.challenges = challenges;
        this.engine = engine;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AwardView award(String reference) {
        tenders.load(reference);
        return awards.findByTenderReference(reference).map(AwardDecision::view)
                .orElseThrow(() -> new NotFound("Tender " + reference + " has not been awarded yet."));
    }

    @Transactional(readOnly = true)
    public List<LetterView> letters(String reference) {
        tenders.load(reference);
        return letters.findByTenderReferenceOrderById(reference).stream().map(DebriefLetter::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ChallengeView> challenges(String reference) {
        return challenges.findByTenderReferenceOrderByReceivedAt(reference).stream().map(StandstillChallenge::view)
                .toList();
    }

    /** Accepted only while standstill runs: that is when the contract cannot yet be concluded. */
    @Transactional
    public ChallengeView challenge(String reference, String providerReference, String grounds) {
        Tender tender = tenders.load(reference);
        if (tender.status() != TenderStatus.STANDSTILL) {
            throw new Conflict("A challenge to " + reference + " can be received only during standstill; the tender"
                    + " is " + tender.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        StandstillChallenge challenge = challenges.save(
                new StandstillChallenge(reference, providerReference, grounds, clock.instant()));
        tender.moveTo(TenderStatus.CHALLENGED);
        engine.correlate(CHALLENGE_RECEIVED, reference, Map.of("challengeId", challenge.view().id()));
        return challenge.view();
    }
}
