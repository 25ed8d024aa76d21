package scot.commissioningflow.isf.agreement;

import java.util.List;

/**
 * The fields of the three-party agreement template ({@code option2-isf-agreement.docx}), each written as a person
 * reads it (pounds, dates, sentences); see {@code contracts-templates/README.md}.
 */
public record AgreementFields(String agreementReference, String personName, String councilName,
        String providerName, String providerEmail, String socialWorkerName, String socialWorkerEmail,
        String signingForPerson, String choiceInOwnWords, String choiceHelp, String annualBudget,
        String monthlyBudget, String weeklyHours, String carriedOverBalance, String startDate,
        String firstReviewDate, String reviewIntervalMonths, String noticePeriodDays,
        List<NumberedOutcome> outcomes) {

    public static final String TEMPLATE = "option2-isf-agreement.docx";

    /** One row of the outcomes table, numbered from 1 in the order the assessment listed them. */
    public record NumberedOutcome(String number, String outcome) {
    }
}
