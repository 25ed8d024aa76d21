package scot.commissioningflow.isf;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The council's ISF rules in force on a date, as a record the sub-capabilities can read: the policy entity and its
 * service belong to the reference data and stay inside this package.
 */
@Component
public class IsfPolicyInForce {

    private final IsfPolicies policies;

    IsfPolicyInForce(IsfPolicies policies) {
        this.policies = policies;
    }

    public IsfPolicyView on(LocalDate date) {
        return policies.inForceOn(date).view();
    }
}
