package scot.commissioningflow.isf;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataNotHeld;
import scot.commissioningflow.referencedata.ReferenceDataset;

/**
 * The council's ISF rules on any date. New versions are reference data ({@code isf-policies}), changed only by a
 * administrator, each with who changed it and why.
 */
@Service
public class IsfPolicies {

    static final String DATASET = "isf-policies";

    private final Dataset policies;

    IsfPolicies(Dataset policies) {
        this.policies = policies;
    }

    /** @throws ReferenceDataNotHeld naming the date when no version covers it */
    @Transactional(readOnly = true)
    public IsfPolicy inForceOn(LocalDate date) {
        return policies.inForce(new NoFields(), date).orElseThrow(() -> new ReferenceDataNotHeld(
                "No ISF policy is held for " + Period.date(date) + ": add the version in force on that date through"
                        + " /api/reference-data/" + DATASET + "."));
    }

    /** The ISF policy as reference data. */
    @Component
    static class Dataset extends ReferenceDataset<IsfPolicy, NoFields, IsfPolicy.Figures, IsfPolicyView> {

        Dataset() {
            super(DATASET, IsfPolicy.class, NoFields.class, IsfPolicy.Figures.class);
        }

        @Override
        protected IsfPolicy create(NoFields series, Period period, IsfPolicy.Figures figures, String sourceNote) {
            return new IsfPolicy(period, figures, sourceNote);
        }

        @Override
        protected IsfPolicyView view(IsfPolicy policy) {
            return policy.view();
        }

        @Override
        protected String describe(NoFields series) {
            return "The ISF policy";
        }
    }
}
