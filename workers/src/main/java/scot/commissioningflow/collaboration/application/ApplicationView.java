package scot.commissioningflow.collaboration.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;

/** A joint application as its partners, the funder and unconflicted panel members see it. */
public record ApplicationView(String reference, String roundReference, String title, String leadProvider,
        List<PartnerEntry> partners, String whoUsesSupport, List<Involvement> peopleInvolved, List<String> outcomes,
        List<BudgetLine> budget, List<Milestone> milestones, BigDecimal requestedAmount,
        boolean partnershipAgreementAttached, JointApplication.Status status, String eligibilityReason,
        String fairWorkSummary, BigDecimal weightedScore, Integer rankPosition, String outcomeReason,
        Instant submittedAt) {
}
