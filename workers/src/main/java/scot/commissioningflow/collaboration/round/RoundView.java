package scot.commissioningflow.collaboration.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;

/** A round as the API shows it: everything an applicant needs to know, and once closed, its summary. */
public record RoundView(String reference, String title, String purpose, String funderOrganisation,
        String funderName, BigDecimal budget, LocalDate opensOn, LocalDate closesOn, List<Criterion> criteria,
        EligibilityRules eligibility, List<String> panelMembers, int reportReminderDays, int reportGraceDays,
        FundingRound.Status status, Long processInstanceKey, String summary) {
}
