package scot.commissioningflow.contracts;

import scot.commissioningflow.identity.SignedInPerson;

/**
 * Generated contract documents as other features and people see them: generating one, its state, its exact bytes,
 * and signing it in the product. Processes do not call this: they call the contract-signing process
 * ({@link ContractSigningProcess}) with a {@link ContractRequest}, which also asks the parties to sign.
 */
public interface ContractDocuments {

    /** The party signed in Commissioning Flow itself. */
    String IN_PRODUCT = "IN_PRODUCT";
    /** The party signed through the configured e-signature service, which told us through its webhook. */
    String E_SIGNATURE = "E_SIGNATURE";

    /** Fills the request's template once for its reference; asking again returns the document already made. */
    ContractDocumentView generate(ContractRequest request);

    ContractDocumentView get(String reference);

    byte[] content(String reference);

    /**
     * Records one party's signature, made in the product by this signed-in person. Refused when the person is not the
     * party's named signer or their recorded representative, the party is not asked to sign, has signed already,
     * signing is over, or the signature names a different document than the one generated.
     */
    ContractDocumentView sign(String reference, SignatureSubmission submission, SignedInPerson signer);
}
