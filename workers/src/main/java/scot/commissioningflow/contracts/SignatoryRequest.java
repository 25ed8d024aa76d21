package scot.commissioningflow.contracts;

/**
 * A party asked to sign, as the process names it (role such as provider, council, supported-person), and who may sign
 * for it once signed in.
 */
public record SignatoryRequest(String role, String name, String email, Signer signer) {
}
