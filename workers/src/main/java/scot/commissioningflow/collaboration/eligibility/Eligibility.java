package scot.commissioningflow.collaboration.eligibility;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.eligibility.EligibilityRules.Finding;
import scot.commissioningflow.collaboration.eligibility.EligibilityRules.Found;
import scot.commissioningflow.collaboration.grant.Grants;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;

/**
 * Decides whether an application can go to the panel: every organisation in the partnership as its register shows it,
 * then Fair Work First for grants on the lead's declaration, with its cumulative grant funding counted here from this
 * and earlier awards to the same organisation.
 */
@Service
public class Eligibility {

    /** What the registers showed, and what the fair work check is to be asked. */
    public record RegisterCheck(boolean registerEligible, String registerFindings, String fairWorkCheckKey,
            FairWorkContext fairWorkContext, String contractStartDate, FairWorkDeclaration fairWorkDeclaration) {
    }

    private final Applications applications;
    private final Rounds rounds;
    private final Grants grants;
    private final OrganisationRegisters registers;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Eligibility(Applications applications, Rounds rounds, Grants grants, OrganisationRegisters registers,
            Notifications notifications, AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.rounds = rounds;
        this.grants = grants;
        this.registers = registers;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Looks every organisation up on its register. A register that is not configured stops the check with an
     * incident rather than finding anyone ineligible for want of it.
     */
    @Transactional(readOnly = true)
    public RegisterCheck checkRegisters(String applicationReference) {
        JointApplication application = applications.load(applicationReference);
        List<Found> partnership = application.partners().stream().map(this::lookUp).toList();
        Finding finding = EligibilityRules.judge(rounds.get(application.roundReference()).eligibility(),
                partnership);
        BigDecimal cumulative = EligibilityRules.cumulativeFunding(application.requestedAmount(),
                grants.earlierAwardsTo(application.leadProvider(), applicationReference));
        return new RegisterCheck(finding.eligible(), finding.reason(), applicationReference + "-FWF",
                FairWorkContext.GRANT, LocalDate.now(clock.withZone(Rounds.SCOTLAND)).toString(),
                withCumulativeFunding(application.fairWorkDeclaration(), cumulative));
    }

    private Found lookUp(PartnerEntry partner) {
        if (!registers.configured(partner.registerKind())) {
            throw new IllegalStateException("The " + partner.registerKind().name().toLowerCase()
                    + " register is not configured (commissioning." + partner.registerKind().name().toLowerCase()
                    + "-register.base-url), so " + partner.name() + " cannot be checked.");
        }
        return new Found(partner.name(), partner.registerNumber(),
                registers.find(partner.registerKind(), partner.registerNumber()));
    }

    /**
     * Records the decision, tells an ineligible lead why, and answers whether the application goes to the panel.
     * Recording it again changes nothing and sends nothing more.
     */
    @Transactional
    public boolean record(String applicationReference, boolean registerEligible, String registerFindings,
            Verdict fairWorkOutcome, String fairWorkSummary, Long processInstanceKey) {
        JointApplication application = applications.load(applicationReference);
        if (application.status() != JointApplication.Status.SUBMITTED) {
            return application.status() == JointApplication.Status.ELIGIBLE;
        }
        boolean fairWorkMet = fairWorkOutcome == Verdict.MET;
        boolean eligible = registerEligible && fairWorkMet;
        String reason = !registerEligible ? registerFindings
                : fairWorkMet ? registerFindings + " " + fairWorkSummary
                : "The lead provider does not meet the Fair Work First conditions for grants. " + fairWorkSummary;
        application.decideEligibility(eligible, reason, registerEligible ? fairWorkSummary : null);
        audit.recordBySystem("collaboration", AuditEntry.of(eligible ? "collaboration.application-eligible"
                : "collaboration.application-ineligible", "collaboration-application", applicationReference, reason)
                .inProcess(processInstanceKey));
        if (!eligible) {
            PartnerEntry lead = application.lead();
            notifications.send(new Notification(applicationReference + "-ineligible", lead.name(), lead.email(),
                    "Your application " + applicationReference + " cannot go to the panel",
                    "Your joint application '" + application.title() + "' was checked before the panel's"
                            + " assessment and cannot be funded in this round. " + reason));
        }
        return eligible;
    }

    private static FairWorkDeclaration withCumulativeFunding(FairWorkDeclaration d, BigDecimal cumulative) {
        return new FairWorkDeclaration(d.hourlyPayByRole(), d.sleepoverHourlyPay(), d.zeroHoursContracts(),
                d.workerVoice(), d.workerVoiceDescription(), d.workforceDevelopment(), d.genderPayGapAction(),
                d.flexibleWorkingFromDayOne(), d.fireAndRehire(), d.flowsDownToSubcontractors(),
                d.flowsDownToAgencyStaff(), cumulative);
    }
}
