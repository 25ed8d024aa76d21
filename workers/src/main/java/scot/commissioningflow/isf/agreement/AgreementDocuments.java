package scot.commissioningflow.isf.agreement;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.isf.IsfPolicyView;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.ledger.LedgerRules;
import scot.commissioningflow.providers.ProviderView;

/**
 * What the contract-signing call activity needs to produce the three-party agreement or a variation of it: the
 * fields its template's placeholders name, and who signs. Figures are written out in words a person reads (pounds,
 * dates), not as the raw numbers the ledger holds.
 */
@Component
class AgreementDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    AgreementFields agreement(IndividualServiceFund isf, IsfAgreement agreement, ProviderView provider,
            IsfPolicyView policy, LocalDate firstReview) {
        List<String> assessed = isf.outcomes();
        List<AgreementFields.NumberedOutcome> outcomes = IntStream.range(0, assessed.size()).mapToObj(
                i -> new AgreementFields.NumberedOutcome(String.valueOf(i + 1), assessed.get(i))).toList();
        return new AgreementFields(agreement.contractReference(), isf.personName(), isf.councilName(),
                agreement.providerName(), provider.contactEmail(), isf.socialWorkerName(), isf.socialWorkerEmail(),
                signingInWords(isf), isf.choiceInOwnWords(), helpInWords(isf), pounds(agreement.annualBudget()),
                pounds(LedgerRules.monthly(agreement.annualBudget())), isf.weeklyHours().stripTrailingZeros().toPlainString(),
                pounds(agreement.carriedOverBalance()), DATE.format(agreement.startsOn()), DATE.format(firstReview),
                String.valueOf(isf.reviewIntervalMonths(policy)), String.valueOf(policy.providerChangeNoticeDays()),
                outcomes);
    }

    /** The fields of the shared variation template: the budget lines that change, and why, in plain words. */
    VariationFields variation(IndividualServiceFund isf, IsfAgreement variation, IsfAgreement varied,
            String reviewedBecause, String reviewNotes) {
        return new VariationFields(variation.contractReference(), varied.contractReference(),
                "Individual service fund agreement for " + isf.personName(),
                isf.councilName() + " and " + isf.personName(), varied.providerName(),
                DATE.format(variation.startsOn()),
                "The budget was reviewed because " + reviewedBecause + ". " + reviewNotes + " " + isf.personName()
                        + " still carries no liability under the agreement.",
                List.of(change("Yearly budget", varied.annualBudget(), variation.annualBudget()),
                        change("Monthly budget", LedgerRules.monthly(varied.annualBudget()),
                                LedgerRules.monthly(variation.annualBudget()))));
    }

    private static VariationFields.TermChange change(String term, BigDecimal before, BigDecimal after) {
        return new VariationFields.TermChange(term, pounds(before), pounds(after));
    }

    /** The person signs, or their representative signs for them; then the provider and the council. */
    List<SignatoryRequest> signatories(IndividualServiceFund isf, ProviderView provider) {
        Signer personSigns = Signer.person(isf.personUserId(), isf.representativeUserId());
        SignatoryRequest person = isf.hasRepresentative()
                ? new SignatoryRequest("supported-person", isf.representativeName(), isf.representativeEmail(),
                        personSigns)
                : new SignatoryRequest("supported-person", isf.personName(), isf.personEmail(), personSigns);
        return List.of(person, new SignatoryRequest("provider", provider.name(), provider.contactEmail(),
                        Signer.provider(provider.reference())),
                new SignatoryRequest("council", isf.socialWorkerName() + " for " + isf.councilName(),
                        isf.socialWorkerEmail(), Signer.council(isf.councilCode())));
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

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
