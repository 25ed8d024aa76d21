package scot.commissioningflow.frameworks.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.frameworks.FrameworkAgreementProcess;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;

/**
 * Framework agreements whose process the engine lost, resumed from the dates they store. One not yet open opens its
 * first round. One open for applications waits again for the closing time it stores. One live waits again, until
 * the end of its term, for its next reopening on the stored date (or a reopening asked for, or an uplift). The
 * process's timers count durations on the engine's own clock, so each is given the time left until the stored date:
 * a date passed while the engine was down is due at once. A round whose applications had closed was being assessed,
 * application by application, in work only the lost process held: it is listed for an officer. A national pay uplift
 * still in progress ran inside the lost process too: once the framework runs again it is asked for again, and carries
 * on with the variations not yet settled, whose signing keeps its stored deadline.
 */
@Component
class FrameworkResumption implements ResumableRecords {

    private final StoredFrameworkRepository frameworks;
    private final UpliftsInProgress uplifts;
    private final ProcessEngine engine;
    private final Clock clock;

    FrameworkResumption(StoredFrameworkRepository frameworks, UpliftsInProgress uplifts, ProcessEngine engine,
            Clock clock) {
        this.frameworks = frameworks;
        this.uplifts = uplifts;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return frameworks.findWithProcessNot(FrameworkStatus.ENDED).stream().map(this::resumption).toList();
    }

    private RecordInFlight resumption(StoredFramework framework) {
        String reference = framework.reference();
        long key = framework.processInstanceKey();
        // As the framework was started: its term ends at the start of the day after its last day.
        Instant termEnds = framework.endsOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return switch (framework.status()) {
            case SETTING_UP -> RecordInFlight.resumeBefore(FrameworkAgreementProcess.PROCESS_ID, "framework",
                    reference, key, FrameworkAgreementProcess.OPEN_ROUND,
                    new ResumedFramework(reference, termEnds.toString(), null, null, null, null));
            case OPEN_FOR_RESPONSES -> clock.instant().isBefore(framework.applicationsCloseAt())
                    ? RecordInFlight.resumeBefore(FrameworkAgreementProcess.PROCESS_ID, "framework", reference, key,
                            FrameworkAgreementProcess.APPLICATIONS_CLOSE, new ResumedFramework(reference,
                                    termEnds.toString(), framework.roundNumber(),
                                    framework.applicationsCloseAt().toString(),
                                    until(framework.applicationsCloseAt()), null))
                    : RecordInFlight.cannotResume(FrameworkAgreementProcess.PROCESS_ID, "framework", reference,
                            key, FrameworkAgreementProcess.ASSESS_APPLICATIONS, "Round " + framework.roundNumber()
                                    + " closed for applications at " + framework.applicationsCloseAt() + " and its"
                                    + " applications were being assessed. The applications and any decisions made"
                                    + " are kept, but which assessments were still running was held only by the"
                                    + " lost process, so the round cannot carry on by itself."
                                    + upliftsLostWithIt(reference));
            // A framework that will not reopen before its term ends waits past the end, so the term's end comes first.
            case LIVE -> RecordInFlight.resumeBefore(FrameworkAgreementProcess.PROCESS_ID, "framework", reference,
                    key, FrameworkAgreementProcess.WHILE_LIVE, new ResumedFramework(reference, termEnds.toString(),
                            framework.roundNumber(), null, null, until(framework.nextReopeningOn() == null
                                    ? termEnds.plus(Duration.ofDays(1))
                                    : framework.nextReopeningOn().atStartOfDay(clock.getZone()).toInstant())));
            case ENDED -> throw new IllegalArgumentException("Framework " + reference + " has ended.");
        };
    }

    /** An uplift in progress runs in the framework's process, so it stops with it; the officer is told. */
    private String upliftsLostWithIt(String reference) {
        List<String> lost = uplifts.of(reference);
        return lost.isEmpty() ? "" : " The pay uplift " + String.join(", ", lost) + " was being signed in the same"
                + " process and stopped with it; its variations and the signatures given are kept.";
    }

    /** The time left until a stored moment, as the ISO duration a timer waits; none when it has passed. */
    private String until(Instant at) {
        Duration left = Duration.between(clock.instant(), at);
        return (left.isNegative() ? Duration.ZERO : left).toString();
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        frameworks.findById(record.reference()).orElseThrow().started(newProcessInstanceKey);
        // Asked for as it first was: the message waits for the new instance's subscription if it is not open yet.
        for (String upliftKey : uplifts.of(record.reference())) {
            engine.correlate(FrameworkAgreementProcess.UPLIFT_REQUESTED, record.reference(),
                    Map.of("upliftKey", upliftKey));
        }
    }

    /** The framework's start variables and, once known, its round's and reopening's timing, as the process has them. */
    record ResumedFramework(String frameworkReference, String termEndsAt, Integer roundNumber,
            String applicationsCloseAt, String applicationWindow, String reopenAfter) {
    }
}
