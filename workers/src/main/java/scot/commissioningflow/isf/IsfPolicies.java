package scot.commissioningflow.isf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.web.Conflict;

/** The council's ISF rules on any date, and new versions of them with who changed them and why. */
@Service
class IsfPolicies {

    private static final Logger log = LoggerFactory.getLogger(IsfPolicies.class);

    private final IsfPolicyRepository policies;
    private final Clock clock;

    IsfPolicies(IsfPolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    IsfPolicy inForceOn(LocalDate date) {
        return policies.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date)
                .orElseThrow(() -> new IllegalStateException("No ISF policy is in force on " + date
                        + ": load one through /api/isf-policies"));
    }

    @Transactional(readOnly = true)
    List<IsfPolicyView> all() {
        return policies.findAllByOrderByEffectiveFrom().stream().map(IsfPolicy::view).toList();
    }

    @Transactional
    IsfPolicyView record(NewIsfPolicy version, Caller caller) {
        if (policies.existsByEffectiveFrom(version.effectiveFrom())) {
            throw new Conflict("A version of the ISF policy already takes effect on " + version.effectiveFrom()
                    + "; choose another date so the earlier version stays on record.");
        }
        IsfPolicy saved = policies.save(new IsfPolicy(version, caller.user(), clock.instant()));
        log.info("ISF policy from {} recorded by {}: {}", version.effectiveFrom(), caller.user(), version.reason());
        return saved.view();
    }
}
