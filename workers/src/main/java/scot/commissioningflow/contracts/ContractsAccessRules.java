package scot.commissioningflow.contracts;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Which roles reach the contract endpoints. Which contract each person may read or sign (its parties, the buying
 * council's staff) is decided per record in {@link scot.commissioningflow.contracts.signing.ContractAccess}.
 */
@Component
public class ContractsAccessRules implements AccessRules {

    /** Everyone who may be a party to a contract or on the staff of a buying council. */
    private static final Role[] PARTIES = {Role.PROVIDER_USER, Role.SUPPORTED_PERSON, Role.REPRESENTATIVE,
        Role.COMMISSIONER, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD, Role.SOCIAL_WORKER};
    /** Who reads the register: a provider its own contracts, staff their council's, analysts without names. */
    private static final Role[] REGISTER = {Role.PROVIDER_USER, Role.COMMISSIONER, Role.PROCUREMENT_OFFICER,
        Role.PROCUREMENT_LEAD, Role.SOCIAL_WORKER, Role.PROGRAMME_ANALYST};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(GET, "/api/contracts/{reference}", PARTIES),
                EndpointRule.allow(GET, "/api/contracts/{reference}/document", PARTIES),
                EndpointRule.allow(POST, "/api/contracts/{reference}/signatures", Role.PROVIDER_USER,
                        Role.SUPPORTED_PERSON, Role.REPRESENTATIVE, Role.COMMISSIONER, Role.SOCIAL_WORKER),
                EndpointRule.publicOnPurpose(POST, "/api/contracts/{reference}/signature-events",
                        "The e-signature service calls it, proving itself with the shared webhook secret rather "
                                + "than a person's sign-in."),
                EndpointRule.allow(GET, "/api/contract-register", REGISTER),
                EndpointRule.allow(GET, "/api/contract-register/{reference}", REGISTER),
                // The register's pages (register.RegisterPages) are for the council's commissioning staff.
                EndpointRule.allow(GET, "/contract-register", Role.COMMISSIONER, Role.PROCUREMENT_OFFICER,
                        Role.PROCUREMENT_LEAD),
                EndpointRule.allow(GET, "/contract-register/{reference}", Role.COMMISSIONER,
                        Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD),
                // A provider's documents to sign (signing.SigningPages): only those its provider is a party to.
                EndpointRule.allow(GET, "/documents-to-sign", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/documents-to-sign/{reference}", Role.PROVIDER_USER),
                EndpointRule.allow(GET, "/documents-to-sign/{reference}/document", Role.PROVIDER_USER),
                EndpointRule.allow(POST, "/documents-to-sign/{reference}/signature", Role.PROVIDER_USER));
    }
}
