package scot.commissioningflow.fairwork.referencedata;

import org.springframework.stereotype.Component;
import scot.commissioningflow.referencedata.NoFields;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/** The grant funding below which a self-declaration is enough, by period: {@code grant-declaration-limits}. */
@Component
class GrantDeclarationLimits extends ReferenceDataset<GrantDeclarationLimit, NoFields,
        GrantDeclarationLimit.Figures, GrantDeclarationLimitView> {

    GrantDeclarationLimits() {
        super("grant-declaration-limits", GrantDeclarationLimit.class, NoFields.class,
                GrantDeclarationLimit.Figures.class);
    }

    @Override
    protected GrantDeclarationLimit create(NoFields series, Period period, GrantDeclarationLimit.Figures figures,
            String sourceNote) {
        return new GrantDeclarationLimit(period, figures, sourceNote);
    }

    @Override
    protected GrantDeclarationLimitView view(GrantDeclarationLimit limit) {
        return limit.view();
    }

    @Override
    protected String describe(NoFields series) {
        return "The grant self-declaration limit";
    }
}
