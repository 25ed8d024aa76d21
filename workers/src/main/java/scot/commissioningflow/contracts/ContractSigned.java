package scot.commissioningflow.contracts;

/** Every party has signed the contract document with this reference. */
public record ContractSigned(String contractReference, String documentSha256) {
}
