package scot.commissioningflow.monitoring;

import org.springframework.stereotype.Component;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Whose monitored contracts council staff see and record for: only those their own council buys under. A contract
 * whose buyer the register cannot tell (its parties were recorded before signers were named) is seen by any council's
 * staff, as the register itself shows it. Administrators put records right for every council, so they are not bound
 * to one.
 */
@Component
public class MonitoringScope {

    /** The council's monitoring staff. */
    public static final Role[] STAFF = {Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD};

    private final ContractRegister register;

    MonitoringScope(ContractRegister register) {
        this.register = register;
    }

    /** Whether the person is monitoring staff of the council buying under this contract. */
    public boolean isCouncilStaffOf(String contractReference, SignedInPerson person) {
        return person.hasAny(STAFF)
                && register.buyingCouncil(contractReference).map(person::worksFor).orElse(true);
    }

    /** Whether the person may record and decide complaints about this contract. */
    public boolean mayRecordComplaints(String contractReference, SignedInPerson person) {
        return person.has(Role.ADMINISTRATOR) || isCouncilStaffOf(contractReference, person);
    }
}
