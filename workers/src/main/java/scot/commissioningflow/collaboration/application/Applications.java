package scot.commissioningflow.collaboration.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.panel.Conflicts;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.RoundAccess;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Joint applications: written by the lead provider, confirmed by each partner, the partnership agreement attached,
 * then submitted while the round is open. Who may see one is decided here: its partners, the funder, and panel
 * members who have declared that they have no conflict of interest in it.
 */
@Service
public class Applications {

    private final JointApplicationRepository applications;
    private final PartnershipAgreementRepository agreements;
    private final Rounds rounds;
    private final Conflicts conflicts;
    private final AuditTrail audit;
    private final Clock clock;

    Applications(JointApplicationRepository applications, PartnershipAgreementRepository agreements, Rounds rounds,
            Conflicts conflicts, AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.agreements = agreements;
        this.rounds = rounds;
        this.conflicts = conflicts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ApplicationView start(String roundReference, ApplicationRequest request, SignedInPerson lead) {
        if (!lead.has(Role.PROVIDER_USER) || lead.organisation() == null) {
            throw new Refused("Only a provider's user can apply, as the lead provider of a partnership.");
        }
        FundingRound round = rounds.get(roundReference);
        requireOpen(round);
        var problems = ApplicationRules.problems(request, lead.organisation());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String reference = "CFA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JointApplication application = applications.save(new JointApplication(reference, roundReference,
                lead.organisation(), request, lead.username(), clock.instant()));
        audit.record(lead, AuditEntry.of("collaboration.application-started", "collaboration-application",
                reference, "Lead " + lead.organisation() + " with partners " + request.partners().stream()
                        .map(ApplicationRequest.Partner::providerReference).toList() + ", asking for "
                        + application.requestedAmount().toPlainString()));
        return application.view(false);
    }

    /** A partner confirms its part, in its own words. Confirming again replaces the words. */
    @Transactional
    public ApplicationView confirmPart(String reference, String inOwnWords, SignedInPerson partner) {
        JointApplication application = load(reference);
        if (!partner.has(Role.PROVIDER_USER) || !application.hasPartner(partner.organisation())) {
            throw hidden(reference);
        }
        requireDraft(application);
        application.confirmPartner(partner.organisation(), inOwnWords, partner.username(), clock.instant());
        audit.record(partner, AuditEntry.of("collaboration.partner-confirmed", "collaboration-application",
                reference, partner.organisation() + " confirmed its part"));
        return application.view(agreements.existsById(reference));
    }

    @Transactional
    public ApplicationView attachAgreement(String reference, String fileName, String contentType, byte[] content,
            SignedInPerson lead) {
        JointApplication application = requireLead(reference, lead);
        requireDraft(application);
        String problem = ApplicationRules.agreementProblem(contentType, content);
        if (problem != null) {
            throw new InvalidInput("partnershipAgreement", problem);
        }
        String sha256 = sha256(content);
        String name = fileName == null || fileName.isBlank() ? "partnership-agreement" : fileName;
        agreements.findById(reference).ifPresentOrElse(
                kept -> kept.replace(name, contentType, content, sha256, lead.username(), clock.instant()),
                () -> agreements.save(new PartnershipAgreement(reference, name, contentType, content, sha256,
                        lead.username(), clock.instant())));
        return application.view(true);
    }

    /** Submits the application: every partner has confirmed and the agreement is attached, while the round is open. */
    @Transactional
    public ApplicationView submit(String reference, SignedInPerson lead) {
        JointApplication application = requireLead(reference, lead);
        if (application.status() == JointApplication.Status.SUBMITTED) {
            return application.view(true);
        }
        requireDraft(application);
        requireOpen(rounds.get(application.roundReference()));
        List<String> unconfirmed = application.partners().stream().filter(p -> !p.confirmed())
                .map(PartnerEntry::name).toList();
        if (!unconfirmed.isEmpty()) {
            throw new Conflict("Application " + reference + " cannot be submitted until every partner has confirmed"
                    + " its part; still to confirm: " + String.join(", ", unconfirmed) + ".");
        }
        if (!agreements.existsById(reference)) {
            throw new Conflict("Application " + reference + " cannot be submitted without the partnership"
                    + " agreement attached.");
        }
        application.submit(clock.instant());
        audit.record(lead, AuditEntry.of("collaboration.application-submitted", "collaboration-application",
                reference, "Submitted asking for " + application.requestedAmount().toPlainString()));
        return application.view(true);
    }

    @Transactional(readOnly = true)
    public ApplicationView view(String reference, SignedInPerson person) {
        JointApplication application = load(reference);
        requireMaySee(application, person);
        return application.view(agreements.existsById(reference));
    }

    /** The round's applications this person may see. */
    @Transactional(readOnly = true)
    public List<ApplicationView> forRound(String roundReference, SignedInPerson person) {
        return applications.findByRoundReferenceOrderByReference(roundReference).stream()
                .filter(a -> maySee(a, person)).map(a -> a.view(agreements.existsById(a.reference()))).toList();
    }

    /** The partnership agreement as uploaded, for those who may see the application. */
    @Transactional(readOnly = true)
    public AttachedAgreement agreement(String reference, SignedInPerson person) {
        JointApplication application = load(reference);
        requireMaySee(application, person);
        PartnershipAgreement agreement = agreements.findById(reference)
                .orElseThrow(() -> new NotFound("Application " + reference + " has no partnership agreement yet."));
        return new AttachedAgreement(agreement.fileName(), agreement.contentType(), agreement.content(),
                agreement.sha256());
    }

    public record AttachedAgreement(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Closes the round's drafts as not submitted, and answers the submitted applications' references. */
    @Transactional
    public List<String> closeForRound(String roundReference) {
        List<String> submitted = applications.findByRoundReferenceOrderByReference(roundReference).stream()
                .peek(a -> {
                    if (a.status() == JointApplication.Status.DRAFT) {
                        a.lapseUnsubmitted();
                    }
                })
                .filter(a -> a.status() != JointApplication.Status.NOT_SUBMITTED)
                .map(JointApplication::reference).toList();
        return submitted;
    }

    @Transactional(readOnly = true)
    public List<JointApplication> inRound(String roundReference, JointApplication.Status... statuses) {
        return applications.findByRoundReferenceAndStatusInOrderByReference(roundReference, List.of(statuses));
    }

    @Transactional(readOnly = true)
    public JointApplication load(String reference) {
        return applications.findByReference(reference)
                .orElseThrow(() -> new NotFound("There is no application " + reference + "."));
    }

    private boolean maySee(JointApplication application, SignedInPerson person) {
        FundingRound round = rounds.get(application.roundReference());
        if (person.has(Role.PROVIDER_USER)) {
            return application.hasPartner(person.organisation());
        }
        if (RoundAccess.isFunder(round, person)) {
            return true;
        }
        return RoundAccess.onPanel(round, person) && application.status() != JointApplication.Status.DRAFT
                && conflicts.declaredFree(application.reference(), person.username());
    }

    private void requireMaySee(JointApplication application, SignedInPerson person) {
        if (maySee(application, person)) {
            return;
        }
        FundingRound round = rounds.get(application.roundReference());
        if (RoundAccess.onPanel(round, person)) {
            // The panel member knows the application exists (they declare on every one); say why they cannot see it.
            throw new Refused(conflicts.whyNotFree(application.reference(), person.username()));
        }
        throw hidden(application.reference());
    }

    private JointApplication requireLead(String reference, SignedInPerson person) {
        JointApplication application = load(reference);
        if (!person.actsForProvider(application.leadProvider())) {
            if (person.has(Role.PROVIDER_USER) && application.hasPartner(person.organisation())) {
                throw new Refused("Only the lead provider can attach the agreement to or submit application "
                        + reference + ".");
            }
            throw hidden(reference);
        }
        return application;
    }

    private static void requireDraft(JointApplication application) {
        if (application.status() != JointApplication.Status.DRAFT) {
            throw new Conflict("Application " + application.reference() + " is "
                    + application.status().name().toLowerCase().replace('_', ' ') + " and can no longer change.");
        }
    }

    private static void requireOpen(FundingRound round) {
        if (!round.openForApplications()) {
            throw new Conflict("Round " + round.reference() + " is not open for applications: it opens on "
                    + round.opensOn() + " and closes at the end of " + round.closesOn() + ".");
        }
    }

    /** An application someone may not know of is answered as one never issued, so references cannot be probed. */
    private static NotFound hidden(String reference) {
        return new NotFound("There is no application " + reference + " that you can see.");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
