package scot.commissioningflow.isf.choice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.commissioningflow.isf.fund.ChoiceHelper;

/** The person's choice of provider, in their own words, and who helped them. */
public record ProviderChoice(
        @NotBlank @Size(max = 40) String providerReference,
        @NotBlank(message = "must say, in the person's own words, why they chose this provider")
        @Size(max = 4000) String inOwnWords,
        @NotNull ChoiceHelper helpedBy,
        @Size(max = 200) String helperName) {

    /** The fields of the choice form ({@code forms/isf/isf-choice.form}), which the process reads back. */
    public ChoiceFields asSubmission() {
        return new ChoiceFields(providerReference, inOwnWords, helpedBy.name(), helperName == null ? "" : helperName);
    }

    public record ChoiceFields(String providerReference, String choiceInOwnWords, String choiceHelpedBy,
            String choiceHelperName) {
    }
}
