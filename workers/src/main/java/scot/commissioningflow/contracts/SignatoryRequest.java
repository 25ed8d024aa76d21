package scot.commissioningflow.contracts;

/** A party asked to sign, as the process names it (role such as provider, council, supported-person). */
public record SignatoryRequest(String role, String name, String email) {
}
