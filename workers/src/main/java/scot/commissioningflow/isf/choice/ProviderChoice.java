package scot.commissioningflow.isf.choice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.platform.web.TextLimits;

/** The person's choice of provider, in their own words, and who helped them. */
public record ProviderChoice(
        @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG) String providerReference,
        @NotBlank(message = "must say, in the person's own words, why they chose this provider")
        @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String inOwnWords,
        @NotNull ChoiceHelper helpedBy,
        @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String helperName) {

    /** The fields of the choice form ({@code forms/isf/isf-choice.form}), which the process reads back. */
    public ChoiceFields asSubmission() {
        return new ChoiceFields(providerReference, inOwnWords, helpedBy.name(), helperName == null ? "" : helperName);
    }

    public record ChoiceFields(String providerReference, String choiceInOwnWords, String choiceHelpedBy,
            String choiceHelperName) {
    }
}
