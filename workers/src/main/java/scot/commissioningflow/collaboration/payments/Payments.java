package scot.commissioningflow.collaboration.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.CollaborationProcess;
import scot.commissioningflow.collaboration.application.ApplicationRequest;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.grant.Grant;
import scot.commissioningflow.collaboration.grant.GrantView;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.collaboration.grant.Grants.MilestoneStage;
import scot.commissioningflow.collaboration.round.FundingRound;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.fairwork.Wording;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * A grant's money: each stage paid at the start of its milestone, the progress and spend report that follows it,
 * reminders before it is due, escalation when it is late, and recovery of money unspent, misused or not accounted for.
 */
@Service
public class Payments {

    /** When the milestone's timers fire, counted from the moment its stage was paid. */
    public record StageTimers(String reminderIn, String reportDueIn, String escalationGrace) {
    }

    public record ReportAssessed(String reportOutcome, String reportFindings) {
    }

    private final StagePaymentRepository payments;
    private final ProgressReportRepository reports;
    private final Grants grants;
    private final Applications applications;
    private final Rounds rounds;
    private final ProcessEngine engine;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Payments(StagePaymentRepository payments, ProgressReportRepository reports, Grants grants,
            Applications applications, Rounds rounds, ProcessEngine engine, Notifications notifications,
            AuditTrail audit, Clock clock) {
        this.payments = payments;
        this.reports = reports;
        this.grants = grants;
        this.applications = applications;
        this.rounds = rounds;
        this.engine = engine;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pays the milestone's stage once, and answers when its report is reminded of, due, and escalated. */
    @Transactional
    public StageTimers payStage(MilestoneStage stage, Long processInstanceKey) {
        Grant grant = grants.load(stage.grantReference());
        if (payments.findByGrantReferenceAndMilestoneNumber(stage.grantReference(), stage.number()).isEmpty()) {
            BigDecimal amount = new BigDecimal(stage.payment());
            payments.save(new StagePayment(stage.grantReference(), stage.number(), amount, clock.instant()));
            grant.recordPayment(amount);
            audit.recordBySystem("collaboration", AuditEntry.of("collaboration.stage-paid", "collaboration-grant",
                    stage.grantReference(), "Stage " + stage.number() + " (" + stage.name() + ") paid: "
                            + Wording.money(amount)).inProcess(processInstanceKey));
        }
        FundingRound round = rounds.get(grant.roundReference());
        Duration due = rounds.until(LocalDate.parse(stage.reportDueOn()).plusDays(1));
        Duration reminder = due.minusDays(round.reportReminderDays());
        return new StageTimers((reminder.isNegative() ? Duration.ZERO : reminder).toString(), due.toString(),
                Duration.ofDays(round.reportGraceDays()).toString());
    }

    /** The lead provider's report for a milestone whose stage has been paid; sent once, then it stands. */
    @Transactional
    public ProgressReport.ReportView submit(String grantReference, int milestone, ReportRequest report,
            SignedInPerson lead) {
        Grant grant = grants.load(grantReference);
        JointApplication application = applications.load(grant.applicationReference());
        if (!lead.actsForProvider(grant.leadProvider())) {
            if (application.hasPartner(lead.organisation()) && lead.actsForProvider(lead.organisation())) {
                throw new Refused("Only the lead provider sends the progress and spend reports for grant "
                        + grantReference + ".");
            }
            throw new NotFound("There is no grant " + grantReference + " that you can see.");
        }
        if (!grant.live()) {
            throw new Conflict("Grant " + grantReference + " is " + grant.status().name().toLowerCase()
                    .replace('_', ' ') + " and takes no more reports.");
        }
        if (payments.findByGrantReferenceAndMilestoneNumber(grantReference, milestone).isEmpty()) {
            throw new Conflict("Milestone " + milestone + " of grant " + grantReference + " has not started, so"
                    + " there is nothing to report on yet.");
        }
        if (reports.findByGrantReferenceAndMilestoneNumber(grantReference, milestone).isPresent()) {
            throw new Conflict("The report for milestone " + milestone + " of grant " + grantReference
                    + " has already been sent.");
        }
        if (ReportRules.total(report.spend()).compareTo(new BigDecimal(AmountLimits.CONTRACT_VALUE_MAX)) > 0) {
            throw new InvalidInput("spend", "spend comes to more than the largest amount the product holds; it "
                    + AmountLimits.CONTRACT_VALUE_TOO_HIGH);
        }
        ProgressReport saved = reports.save(new ProgressReport(grantReference, milestone, report, lead.username(),
                clock.instant()));
        grant.recordSpend(saved.totalSpent());
        audit.record(lead, AuditEntry.of("collaboration.report-sent", "collaboration-grant", grantReference,
                "Report for milestone " + milestone + ": " + Wording.money(saved.totalSpent()) + " spent; people"
                        + " involved: " + report.peopleInvolved().stream().map(i -> i.howMany() + " "
                        + i.who().name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "))));
        // The milestone's next step reads the report and the grant's spend: it must hear of the report only once
        // both are committed, or it would judge the spend without this report.
        engine.correlateOnceCommitted(CollaborationProcess.REPORT_SUBMITTED, grantReference + "/" + milestone,
                Map.of("reportSentBy", lead.username()));
        return saved.view();
    }

    @Transactional(readOnly = true)
    public List<ProgressReport.ReportView> reports(String grantReference, SignedInPerson person) {
        grants.view(grantReference, person);
        return reports.findByGrantReferenceOrderByMilestoneNumber(grantReference).stream()
                .map(ProgressReport::view).toList();
    }

    /**
     * A grant's milestones as its partners and the funder follow them: each one's due date and payment as applied
     * for, whether its stage was paid and when, and its report once sent.
     */
    @Transactional(readOnly = true)
    public List<MilestoneView> milestones(String grantReference, SignedInPerson person) {
        GrantView grant = grants.view(grantReference, person);
        List<ApplicationRequest.Milestone> planned = applications.load(grant.applicationReference()).milestones();
        Map<Integer, StagePayment> paid = payments.findByGrantReferenceOrderByMilestoneNumber(grantReference)
                .stream().collect(Collectors.toMap(StagePayment::milestoneNumber, p -> p));
        Map<Integer, ProgressReport.ReportView> sent = reports.findByGrantReferenceOrderByMilestoneNumber(
                grantReference).stream().map(ProgressReport::view).collect(Collectors.toMap(
                ProgressReport.ReportView::milestoneNumber, r -> r));
        return IntStream.range(0, planned.size()).mapToObj(i -> {
            StagePayment stage = paid.get(i + 1);
            return new MilestoneView(i + 1, planned.get(i).name(), planned.get(i).reportDueOn(),
                    planned.get(i).payment(), stage == null ? null : stage.paidAt(), sent.get(i + 1));
        }).toList();
    }

    /** One milestone of a grant: paid at {@code paidAt} (null while not started), reported in {@code report}. */
    public record MilestoneView(int number, String name, LocalDate reportDueOn, BigDecimal payment,
            Instant paidAt, ProgressReport.ReportView report) {
    }

    /** Reminds the lead provider that a milestone's report falls due. Sent once per milestone. */
    @Transactional
    public void remind(MilestoneStage stage) {
        Grant grant = grants.load(stage.grantReference());
        PartnerEntry lead = applications.load(grant.applicationReference()).lead();
        notifications.send(new Notification(stage.reportKey() + "-reminder", lead.name(), lead.email(),
                "Progress and spend report due for grant " + stage.grantReference(),
                "The progress and spend report for milestone " + stage.number() + " (" + stage.name()
                        + ") of grant " + stage.grantReference() + " is due by " + Wording.date(LocalDate.parse(
                        stage.reportDueOn())) + ". Say who of the people supported and their carers took part,"
                        + " and how."));
    }

    /** A report is late: the funder is told and the lead is warned that the money may be recovered. */
    @Transactional
    public void escalate(MilestoneStage stage, Long processInstanceKey) {
        Grant grant = grants.load(stage.grantReference());
        FundingRound round = rounds.get(grant.roundReference());
        PartnerEntry lead = applications.load(grant.applicationReference()).lead();
        String late = "The progress and spend report for milestone " + stage.number() + " of grant "
                + stage.grantReference() + " was due by " + Wording.date(LocalDate.parse(stage.reportDueOn()))
                + " and has not arrived.";
        notifications.send(new Notification(stage.reportKey() + "-overdue-funder", round.funderSignatory(),
                round.funderEmail(), "Report overdue for grant " + stage.grantReference(), late));
        notifications.send(new Notification(stage.reportKey() + "-overdue-lead", lead.name(), lead.email(),
                "Your report for grant " + stage.grantReference() + " is overdue", late + " If it does not arrive"
                        + " within " + round.reportGraceDays() + " days, the money paid and not accounted for will"
                        + " be recovered."));
        audit.recordBySystem("collaboration", AuditEntry.of("collaboration.report-overdue", "collaboration-grant",
                stage.grantReference(), late).inProcess(processInstanceKey));
    }

    /** Judges the milestone's report against the agreed budget and what has been paid. */
    @Transactional
    public ReportAssessed assess(MilestoneStage stage, Long processInstanceKey) {
        Grant grant = grants.load(stage.grantReference());
        JointApplication application = applications.load(grant.applicationReference());
        Set<String> lines = application.budgetLines().stream().map(BudgetLine::line).collect(Collectors.toSet());
        List<ReportRequest.Spend> spend = reports.findByGrantReferenceOrderByMilestoneNumber(stage.grantReference())
                .stream().flatMap(r -> r.spendByLine().stream()).toList();
        boolean last = stage.number() == application.milestones().size();
        ReportRules.Assessment assessment = ReportRules.assess(lines, spend, grant.paid(), last);
        if (!assessment.accepted()) {
            grant.findRecoverable(assessment.toRecover(), assessment.findings());
        }
        audit.recordBySystem("collaboration", AuditEntry.of(assessment.accepted()
                ? "collaboration.report-accepted" : "collaboration.money-to-recover", "collaboration-grant",
                stage.grantReference(), "Milestone " + stage.number() + ": " + assessment.findings())
                .inProcess(processInstanceKey));
        return new ReportAssessed(assessment.accepted() ? "ACCEPTED" : "CLAWBACK", assessment.findings());
    }

    /**
     * Recovers the money found: what a report showed unspent or misused, or, when a report never came, everything
     * paid and not accounted for. Recovering again changes nothing.
     */
    @Transactional
    public void clawBack(String grantReference, Long processInstanceKey) {
        Grant grant = grants.load(grantReference);
        if (grant.status() == Grant.Status.CLAWED_BACK) {
            return;
        }
        if (grant.clawbackReason() == null) {
            int missing = payments.findByGrantReferenceOrderByMilestoneNumber(grantReference).stream()
                    .mapToInt(StagePayment::milestoneNumber)
                    .filter(n -> reports.findByGrantReferenceAndMilestoneNumber(grantReference, n).isEmpty())
                    .min().orElse(0);
            grant.findRecoverable(grant.paid().subtract(grant.spent()), "No progress and spend report for"
                    + " milestone " + missing + " arrived, even after escalation: the "
                    + Wording.money(grant.paid().subtract(grant.spent())) + " paid and not accounted for is to be"
                    + " repaid.");
        }
        grant.clawedBack();
        grants.endOnRegister(grantReference);
        FundingRound round = rounds.get(grant.roundReference());
        PartnerEntry lead = applications.load(grant.applicationReference()).lead();
        String why = "Grant " + grantReference + " is stopped and " + Wording.money(grant.clawbackAmount())
                + " is to be repaid. " + grant.clawbackReason();
        notifications.send(new Notification(grantReference + "-clawback-lead", lead.name(), lead.email(),
                "Money to be repaid on grant " + grantReference, why));
        notifications.send(new Notification(grantReference + "-clawback-funder", round.funderSignatory(),
                round.funderEmail(), "Clawback on grant " + grantReference, why));
        audit.recordBySystem("collaboration", AuditEntry.of("collaboration.grant-clawed-back", "collaboration-grant",
                grantReference, why).inProcess(processInstanceKey));
    }
}
