package scot.commissioningflow.identity;

import java.util.List;

/**
 * One feature's rules for which roles reach its endpoints, in one bean per feature. Every request that no feature's
 * rules name is refused, so a new endpoint without a rule fails closed. Rules about particular records (only the
 * provider's own response, only after the deadline) stay in the feature's services and throw {@link Refused}.
 */
public interface AccessRules {

    List<EndpointRule> rules();
}
