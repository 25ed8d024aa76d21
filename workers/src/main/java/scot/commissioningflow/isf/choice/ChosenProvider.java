package scot.commissioningflow.isf.choice;

import scot.commissioningflow.isf.fund.ChoiceHelper;

/** The choice as the process holds it, from the choice form or a request to change provider. */
public record ChosenProvider(String isfReference, String providerReference, String choiceInOwnWords,
        ChoiceHelper choiceHelpedBy, String choiceHelperName, String choiceRecordedBy) {
}
