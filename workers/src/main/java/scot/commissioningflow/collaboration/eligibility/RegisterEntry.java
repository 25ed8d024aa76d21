package scot.commissioningflow.collaboration.eligibility;

/** What a register says about an organisation, as far as a round's eligibility rules ask. */
public record RegisterEntry(String registeredName, boolean active, boolean notForProfit, boolean scottishBase,
        boolean accountsFiled, String register) {
}
