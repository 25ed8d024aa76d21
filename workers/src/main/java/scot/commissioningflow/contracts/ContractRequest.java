package scot.commissioningflow.contracts;

import java.time.Duration;
import java.util.List;

/**
 * What a process asks the {@code contract-signing} call activity for, in one typed process variable
 * ({@code contractRequest}): the document to generate, what fills it, and who must sign it.
 *
 * @param contractReference the business key of the contract: one document and one set of signatures per reference
 * @param template a file name under {@code contracts-templates/}, such as {@code outcome-based-contract.docx}
 * @param fields the feature's own record of the template's fields (see {@code contracts-templates/README.md}); read
 *        by property name, so a record component {@code providerName} fills {@code ${providerName}}
 * @param signatories every party asked to sign, in the order they are asked
 * @param signingDeadlineDays days the parties have to sign before the request lapses (14 when not above zero)
 */
public record ContractRequest(String contractReference, String template, Object fields,
        List<SignatoryRequest> signatories, int signingDeadlineDays) {

    public ContractRequest {
        // A request read back from the engine without signatories is refused by the signing step with a sentence,
        // not by a NullPointerException while the variable is read.
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** How long the parties have to sign from when they are first asked: these days, 14 when not above zero. */
    public static Duration timeToSign(int signingDeadlineDays) {
        return Duration.ofDays(signingDeadlineDays > 0 ? signingDeadlineDays : 14);
    }
}
