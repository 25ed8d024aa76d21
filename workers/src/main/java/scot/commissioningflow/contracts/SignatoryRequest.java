package scot.commissioningflow.contracts;

/**
 * A party asked to sign, as the process names it (role such as provider, council, supported-person), and who may sign
 * for it once signed in.
 */
public record SignatoryRequest(String role, String name, String email, Signer signer) {

    /**
     * A party without a named signer: nobody can sign it in the product (only through the e-signature service), nor
     * read the document as that party. Kept until every feature names its signers.
     */
    @Deprecated(forRemoval = true)
    public SignatoryRequest(String role, String name, String email) {
        this(role, name, email, null);
    }
}
