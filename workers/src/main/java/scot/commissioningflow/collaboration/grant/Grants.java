package scot.commissioningflow.collaboration.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.panel.Panel;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.RoundAccess;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.fairwork.Wording;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Awards grants from the ranked list, tells every applicant the outcome with their scores, prepares the grant
 * agreement every partner and the funder sign, and closes grants.
 */
@Service
public class Grants {

    public static final String AGREEMENT_TEMPLATE = "collaboration-grant-agreement.docx";
    /** Partners and the funder have four weeks to sign: several organisations' boards may need to agree. */
    static final int SIGNING_DEADLINE_DAYS = 28;

    /** One milestone of a grant, as its call activity receives it. */
    public record MilestoneStage(String grantReference, int number, String name, String payment,
            String reportDueOn, String reportKey) {
    }

    public record AgreementPrepared(ContractRequest contractRequest, List<MilestoneStage> milestones) {
    }

    private final GrantRepository grants;
    private final Applications applications;
    private final Rounds rounds;
    private final Panel panel;
    private final Notifications notifications;
    private final ContractRegister register;
    private final ContractDocuments documents;
    private final AuditTrail audit;
    private final Clock clock;

    Grants(GrantRepository grants, Applications applications, Rounds rounds, Panel panel,
            Notifications notifications, ContractRegister register, ContractDocuments documents, AuditTrail audit,
            Clock clock) {
        this.register = register;
        this.documents = documents;
        this.grants = grants;
        this.applications = applications;
        this.rounds = rounds;
        this.panel = panel;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Grants awarded to this organisation as lead, other than for this application, that were not left unsigned. */
    @Transactional(readOnly = true)
    public List<BigDecimal> earlierAwardsTo(String leadProvider, String exceptApplication) {
        return grants.findByLeadProvider(leadProvider).stream()
                .filter(g -> !g.applicationReference().equals(exceptApplication))
                .filter(g -> g.status() != Grant.Status.LAPSED)
                .map(Grant::amount).toList();
    }

    /**
     * Awards a grant to each application the ranking funded and tells each unsuccessful applicant why, with their
     * scores. Deciding again awards nothing twice and sends nothing twice.
     *
     * @return the grant references, for the round's grants call activity
     */
    @Transactional
    public List<String> decideAwards(String roundReference, Long processInstanceKey) {
        FundingRound round = rounds.get(roundReference);
        List<String> awarded = new ArrayList<>();
        for (JointApplication application : applications.inRound(roundReference, JointApplication.Status.AWARDED)) {
            Grant grant = grants.findByApplicationReference(application.reference()).orElseGet(() -> {
                Grant made = grants.save(new Grant(referenceFor(application.reference()),
                        application.reference(), roundReference, application.leadProvider(),
                        application.requestedAmount(), conditionsOf(round), clock.instant()));
                audit.recordBySystem("collaboration", AuditEntry.of("collaboration.grant-awarded",
                        "collaboration-grant", made.reference(), "Awarded " + Wording.money(made.amount())
                                + " to " + application.lead().name() + " for application " + application.reference())
                        .inProcess(processInstanceKey));
                return made;
            });
            awarded.add(grant.reference());
            tell(application, "award", "Your application " + application.reference() + " is funded",
                    "Your joint application '" + application.title() + "' is awarded "
                            + Wording.money(grant.amount()) + " from " + round.funderName() + ", subject to these"
                            + " conditions: " + grant.conditions() + " Every partner and the funder will be asked"
                            + " to sign the grant agreement. " + scoresOf(application, round));
        }
        for (JointApplication application : applications.inRound(roundReference,
                JointApplication.Status.UNSUCCESSFUL)) {
            tell(application, "unsuccessful", "Your application " + application.reference() + " is not funded",
                    "Your joint application '" + application.title() + "' is not funded in this round. "
                            + application.outcomeReason() + " "
                            + scoresOf(application, round));
        }
        rounds.awarded(roundReference);
        return awarded;
    }

    private String scoresOf(JointApplication application, FundingRound round) {
        Map<String, BigDecimal> scores = panel.criterionScores(application.reference(), round);
        return "The panel's scores out of 100: " + scores.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining("; "))
                + "; weighted total " + application.weightedScore().toPlainString() + ".";
    }

    private void tell(JointApplication application, String what, String subject, String body) {
        PartnerEntry lead = application.lead();
        notifications.send(new Notification(application.reference() + "-" + what, lead.name(), lead.email(), subject,
                body));
    }

    private static String conditionsOf(FundingRound round) {
        return round.awardConditions() == null ? "The funder's standard conditions of grant."
                : round.awardConditions();
    }

    /** The grant agreement every partner and the funder sign, and the milestones its payments follow. */
    @Transactional(readOnly = true)
    public AgreementPrepared prepareAgreement(String grantReference) {
        Grant grant = load(grantReference);
        JointApplication application = applications.load(grant.applicationReference());
        FundingRound round = rounds.get(grant.roundReference());
        List<Milestone> milestones = application.milestones();
        Map<String, BigDecimal> shares = application.budgetLines().stream().collect(Collectors.groupingBy(
                l -> l.partner(), Collectors.reducing(BigDecimal.ZERO, l -> l.amount(), BigDecimal::add)));
        var fields = new GrantAgreementFields(grant.reference(), application.reference(), round.title(),
                round.funderName(), round.funderSignatory(), LocalDate.ofInstant(grant.awardedAt(),
                        Rounds.SCOTLAND).toString(), application.title(), application.lead().name(),
                Wording.money(grant.amount()), application.whoUsesSupport(),
                application.peopleInvolved().stream().map(i -> i.howMany() + " " + i.who().name().toLowerCase()
                        .replace('_', ' ') + ": " + i.how()).collect(Collectors.joining("; ")),
                grant.conditions(), application.fairWorkSummary(), round.reportReminderDays(),
                round.reportGraceDays(),
                application.partners().stream().map(p -> new GrantAgreementFields.PartnerRow(p.name(),
                        p.confirmedPart(), Wording.money(shares.getOrDefault(p.providerReference(),
                                BigDecimal.ZERO)))).toList(),
                application.outcomes().stream().map(GrantAgreementFields.OutcomeRow::new).toList(),
                IntStream.range(0, milestones.size()).mapToObj(i -> new GrantAgreementFields.MilestoneRow(
                        String.valueOf(i + 1), milestones.get(i).name(), milestones.get(i).reportDueOn().toString(),
                        Wording.money(milestones.get(i).payment()))).toList());
        List<SignatoryRequest> signatories = new ArrayList<>();
        for (PartnerEntry partner : application.partners()) {
            signatories.add(new SignatoryRequest(partner.lead() ? "lead-provider"
                    : "partner-" + partner.providerReference(), partner.name(), partner.email(),
                    Signer.provider(partner.providerReference())));
        }
        signatories.add(new SignatoryRequest("funder", round.funderSignatory() + " for " + round.funderName(),
                round.funderEmail(), Signer.council(round.funderOrganisation())));
        List<MilestoneStage> stages = IntStream.range(0, milestones.size()).mapToObj(i -> new MilestoneStage(
                grantReference, i + 1, milestones.get(i).name(), milestones.get(i).payment().toPlainString(),
                milestones.get(i).reportDueOn().toString(), grantReference + "/" + (i + 1))).toList();
        return new AgreementPrepared(new ContractRequest(grantReference, AGREEMENT_TEMPLATE, fields, signatories,
                SIGNING_DEADLINE_DAYS), stages);
    }

    @Transactional
    public boolean recordSigning(String grantReference, boolean signed, Long processInstanceKey) {
        Grant grant = load(grantReference);
        if (grant.status() == Grant.Status.AWARDED) {
            grant.signed(signed);
            if (signed) {
                putOnRegister(grant);
            }
            audit.recordBySystem("collaboration", AuditEntry.of(signed ? "collaboration.grant-signed"
                    : "collaboration.grant-lapsed", "collaboration-grant", grantReference, signed
                    ? "Every partner and the funder signed the grant agreement."
                    : "The grant agreement was not signed by every party in time; the grant lapses.")
                    .inProcess(processInstanceKey));
        }
        return grant.status() != Grant.Status.LAPSED;
    }

    /** A signed grant is a live contract of kind COLLABORATION_GRANT on the contracts register until it ends. */
    private void putOnRegister(Grant grant) {
        JointApplication application = applications.load(grant.applicationReference());
        FundingRound round = rounds.get(grant.roundReference());
        register.register(new ContractEntry(grant.reference(), ContractKind.COLLABORATION_GRANT,
                application.title(), grant.leadProvider(), application.lead().name(), round.funderName(),
                today(), application.milestones().getLast().reportDueOn(), grant.amount(), null,
                application.outcomes().stream().map(ContractedOutcome::inOwnWords).toList(), grant.reference()));
    }

    /** The grant has ended, completed or clawed back: its entry on the contracts register ends today. */
    @Transactional
    public void endOnRegister(String grantReference) {
        register.end(grantReference, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Rounds.SCOTLAND));
    }

    @Transactional
    public void close(String grantReference) {
        Grant grant = load(grantReference);
        if (grant.status() == Grant.Status.SIGNED) {
            grant.complete();
            endOnRegister(grantReference);
            audit.recordBySystem("collaboration", AuditEntry.of("collaboration.grant-completed",
                    "collaboration-grant", grantReference, "Every milestone reported on and accepted; "
                            + Wording.money(grant.paid()) + " paid, " + Wording.money(grant.spent()) + " spent."));
        }
    }

    /**
     * The round's summary as it closes: how many applied, how many were eligible and funded, what was paid, spent and
     * recovered, and who took part in shaping the funded work.
     */
    @Transactional(readOnly = true)
    public String summarise(String roundReference) {
        FundingRound round = rounds.get(roundReference);
        List<JointApplication> all = applications.inRound(roundReference, JointApplication.Status.values());
        long submitted = all.stream().filter(a -> a.status() != JointApplication.Status.NOT_SUBMITTED
                && a.status() != JointApplication.Status.DRAFT).count();
        long ineligible = all.stream().filter(a -> a.status() == JointApplication.Status.INELIGIBLE).count();
        List<GrantView> made = inRound(roundReference);
        BigDecimal awarded = made.stream().filter(g -> g.status() != Grant.Status.LAPSED).map(GrantView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = made.stream().map(GrantView::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = made.stream().map(GrantView::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recovered = made.stream().filter(g -> g.status() == Grant.Status.CLAWED_BACK)
                .map(GrantView::clawbackAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long people = all.stream().filter(a -> a.status() == JointApplication.Status.AWARDED)
                .flatMap(a -> a.peopleInvolved().stream()).mapToLong(i -> i.howMany()).sum();
        return round.title() + ". Applications submitted: " + submitted + "; not eligible: " + ineligible
                + "; funded: " + made.size() + ", for " + Wording.money(awarded) + " of a budget of "
                + Wording.money(round.budget()) + ". Paid " + Wording.money(paid) + ", spent "
                + Wording.money(spent) + ", recovered " + Wording.money(recovered) + ". Grants: "
                + (made.isEmpty() ? "none" : made.stream().map(g -> g.reference() + " "
                + g.status().name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "))) + ". "
                + people + " supported people, carers and others shaped the funded work.";
    }

    /** The round's grants, for its summary and the funder's view. */
    @Transactional(readOnly = true)
    public List<GrantView> inRound(String roundReference) {
        return grants.findByRoundReferenceOrderByReference(roundReference).stream().map(Grant::view).toList();
    }

    @Transactional(readOnly = true)
    public GrantView view(String grantReference, SignedInPerson person) {
        Grant grant = load(grantReference);
        JointApplication application = applications.load(grant.applicationReference());
        boolean partner = application.hasPartner(person.organisation()) && person.actsForProvider(
                person.organisation());
        if (!partner && !RoundAccess.isFunder(rounds.get(grant.roundReference()), person)) {
            throw new NotFound("There is no grant " + grantReference + " that you can see.");
        }
        return grant.view();
    }

    /**
     * The grant agreement and who has signed it, for those who may see the grant; nothing while it is being
     * generated. Not one transaction: the document's absence is an exception of its own reading, which would mark a
     * transaction around it for rollback.
     */
    public Optional<ContractDocumentView> agreement(String grantReference, SignedInPerson person) {
        view(grantReference, person);
        try {
            return Optional.of(documents.get(grantReference));
        } catch (NotFound notYet) {
            return Optional.empty();
        }
    }

    /** The grant an awarded application becomes carries the application's number. */
    public static String referenceFor(String applicationReference) {
        return applicationReference.replace("CFA-", "CFG-");
    }

    @Transactional(readOnly = true)
    public Grant load(String grantReference) {
        return grants.findByReference(grantReference)
                .orElseThrow(() -> new NotFound("There is no grant " + grantReference + "."));
    }
}
