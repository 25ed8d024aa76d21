package scot.commissioningflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An outcome a contract is held to, in the words agreed with the people it is for, and how progress towards it is
 * seen ({@code indicator}; none where the person's plan says so in their own terms, as in an individual service fund).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractedOutcome(String outcome, String indicator) {

    public static ContractedOutcome inOwnWords(String outcome) {
        return new ContractedOutcome(outcome, null);
    }
}
