package scot.commissioningflow.collaboration.grant;

import java.util.List;

/**
 * The fields of {@code contracts-templates/collaboration-grant-agreement.docx}, named as its placeholders are (see
 * {@code contracts-templates/README.md}). Amounts are given as the words the agreement shows.
 */
record GrantAgreementFields(String grantReference, String applicationReference, String roundTitle,
        String funderName, String funderSignatory, String awardDate, String projectTitle, String leadName,
        String grantAmount, String whoUsesSupport, String peopleInvolved, String conditions, String fairWorkSummary,
        int reportReminderDays, int reportGraceDays, List<PartnerRow> partners, List<OutcomeRow> outcomes,
        List<MilestoneRow> milestones) {

    record PartnerRow(String name, String part, String share) {
    }

    record OutcomeRow(String outcome) {
    }

    record MilestoneRow(String number, String name, String reportDueOn, String payment) {
    }
}
