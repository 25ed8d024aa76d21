package scot.commissioningflow.isf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.commissioningflow.providers.ProviderView;

/**
 * What the contract-signing call activity needs to produce the three-party agreement or a variation of it: the
 * template, the fields its placeholders name, and who signs. Figures are written out in words a person reads
 * (pounds, dates), not as the raw numbers the ledger holds.
 */
@Component
class AgreementDocuments {

    static final String AGREEMENT_TEMPLATE = "option2-isf-agreement.docx";
    /** The contracts feature's own variation template: a variation is not a new agreement. */
    static final String VARIATION_TEMPLATE = "contract-variation.docx";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    Map<String, Object> agreement(IndividualServiceFund isf, IsfAgreement agreement, ProviderView provider,
            IsfPolicy policy, LocalDate firstReview) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("agreementReference", agreement.contractReference());
        fields.put("personName", isf.personName());
        fields.put("councilName", isf.councilName());
        fields.put("providerName", agreement.providerName());
        fields.put("socialWorkerName", isf.socialWorkerName());
        fields.put("socialWorkerEmail", isf.socialWorkerEmail());
        fields.put("carriedOverBalance", pounds(agreement.carriedOverBalance()));
        fields.put("signingForPerson", signingInWords(isf));
        fields.put("providerEmail", provider.contactEmail());
        fields.put("annualBudget", pounds(agreement.annualBudget()));
        fields.put("monthlyBudget", pounds(monthly(agreement.annualBudget())));
        fields.put("weeklyHours", isf.weeklyHours().stripTrailingZeros().toPlainString());
        fields.put("startDate", DATE.format(agreement.startsOn()));
        fields.put("firstReviewDate", DATE.format(firstReview));
        fields.put("reviewIntervalMonths", String.valueOf(isf.reviewIntervalMonths(policy)));
        fields.put("noticePeriodDays", String.valueOf(policy.providerChangeNoticeDays()));
        fields.put("choiceInOwnWords", isf.choiceInOwnWords());
        fields.put("choiceHelp", helpInWords(isf));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        List<String> assessed = isf.outcomes();
        for (int i = 0; i < assessed.size(); i++) {
            outcomes.add(Map.of("number", String.valueOf(i + 1), "outcome", assessed.get(i)));
        }
        fields.put("outcomes", outcomes);
        return fields;
    }

    /** The fields of the shared variation template: the budget lines that change, and why, in plain words. */
    Map<String, Object> variation(IndividualServiceFund isf, IsfAgreement variation, IsfAgreement varied,
            IsfReview review) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("variationReference", variation.contractReference());
        fields.put("contractReference", varied.contractReference());
        fields.put("contractTitle", "Individual service fund agreement for " + isf.personName());
        fields.put("commissioner", isf.councilName() + " and " + isf.personName());
        fields.put("providerName", varied.providerName());
        fields.put("effectiveFrom", DATE.format(variation.startsOn()));
        fields.put("reason", "The budget was reviewed because " + reasonInWords(review.reason()) + ". "
                + review.notes() + " " + isf.personName() + " still carries no liability under the agreement.");
        fields.put("changes", List.of(
                Map.of("term", "Yearly budget", "before", pounds(varied.annualBudget()),
                        "after", pounds(variation.annualBudget())),
                Map.of("term", "Monthly budget", "before", pounds(monthly(varied.annualBudget())),
                        "after", pounds(monthly(variation.annualBudget())))));
        return fields;
    }

    /** The person signs, or their representative signs for them; then the provider and the council. */
    List<Map<String, Object>> signatories(IndividualServiceFund isf, ProviderView provider) {
        Map<String, Object> person = isf.hasRepresentative()
                ? Map.of("role", "supported-person", "name", isf.representativeName(),
                        "email", isf.representativeEmail())
                : Map.of("role", "supported-person", "name", isf.personName(), "email", isf.personEmail());
        return List.of(person,
                Map.of("role", "provider", "name", provider.name(), "email", provider.contactEmail()),
                Map.of("role", "council", "name", isf.socialWorkerName() + " for " + isf.councilName(),
                        "email", isf.socialWorkerEmail()));
    }

    private static String signingInWords(IndividualServiceFund isf) {
        if (!isf.hasRepresentative()) {
            return isf.personName() + " signs for themselves.";
        }
        String power = switch (isf.representativeAuthority()) {
            case POWER_OF_ATTORNEY -> "their attorney under a power of attorney";
            case GUARDIANSHIP -> "their guardian under a guardianship order";
            case INTERVENTION_ORDER -> "the person authorised by an intervention order";
        };
        return isf.representativeName() + " signs for " + isf.personName() + " as " + power + " (reference "
                + isf.authorityReference() + ").";
    }

    private static String helpInWords(IndividualServiceFund isf) {
        ChoiceHelper helper = isf.choiceHelpedBy() == null ? ChoiceHelper.NOBODY : isf.choiceHelpedBy();
        String who = switch (helper) {
            case NOBODY -> null;
            case CARER -> "their carer";
            case FAMILY_MEMBER -> "a member of their family";
            case ADVOCATE -> "an independent advocate";
            case INDEPENDENT_SUPPORT_ORGANISATION -> "an independent support organisation";
            case SOCIAL_WORKER -> "their social worker";
        };
        if (who == null) {
            return isf.personName() + " made this choice on their own.";
        }
        String name = isf.choiceHelperName() == null || isf.choiceHelperName().isBlank() ? ""
                : " (" + isf.choiceHelperName() + ")";
        return isf.personName() + " made this choice with help from " + who + name + ".";
    }

    static String reasonInWords(ReviewReason reason) {
        return switch (reason) {
            case OVERSPEND -> "spending was running above the budget";
            case UNDERSPEND -> "spending was running well below the budget";
            case NEEDS_CHANGED -> "the person's needs changed";
            case ANNUAL -> "the scheduled review was due";
        };
    }

    private static BigDecimal monthly(BigDecimal annual) {
        return annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
