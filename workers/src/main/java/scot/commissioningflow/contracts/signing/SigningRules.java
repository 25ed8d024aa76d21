package scot.commissioningflow.contracts.signing;

import java.util.List;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * What a signature must pass before it is recorded: signing is open, it names this exact document, it comes from a
 * party asked to sign who has not signed yet, and someone signing for another says on what authority.
 */
final class SigningRules {

    private SigningRules() {
    }

    /** The party the signature is for, once every rule holds; otherwise a refusal that says which rule and why. */
    static Signatory partySigning(ContractDocument document, List<Signatory> parties, SignatureSubmission submission) {
        String reference = document.reference();
        if (document.status() != SigningStatus.AWAITING_SIGNATURES) {
            throw new Conflict("Contract " + reference + " is not awaiting signatures: it is "
                    + document.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        if (!document.sha256().equals(submission.documentSha256())) {
            throw new InvalidInput("documentSha256", "documentSha256 does not match contract " + reference
                    + ": the document may have changed since it was read, so fetch it again before signing");
        }
        Signatory party = parties.stream().filter(p -> p.role().equals(submission.signatoryRole())).findFirst()
                .orElseThrow(() -> new InvalidInput("signatoryRole", "signatoryRole " + submission.signatoryRole()
                        + " is not a party to contract " + reference + "; the parties are "
                        + String.join(", ", parties.stream().map(Signatory::role).toList())));
        if (party.signed()) {
            throw new Conflict("The " + party.role() + " has already signed contract " + reference + ".");
        }
        if (submission.onBehalfOf() != null && submission.authority() == null) {
            throw new InvalidInput("authority", "authority is required when signing on behalf of someone else");
        }
        return party;
    }
}
