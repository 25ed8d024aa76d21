package scot.commissioningflow.frameworks.admission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.ReferenceDataset;

/**
 * Members' price schedules, line by line and period by period: dataset {@code framework-prices}. Admission adds a
 * member's schedule from the day it is admitted; a national pay uplift adds the re-issued schedule from its date,
 * which ends the lines before it the day before. Each framework's schedules are kept by the procurement leads (and
 * administrator) of the organisation that runs it, the national body, and by nobody else's (corrections go through
 * the reference-data endpoints, audited field by field).
 */
@Component
class FrameworkPrices extends ReferenceDataset<FrameworkPrice, FrameworkPrice.Series, FrameworkPrice.Figures,
        ScheduledPrice> {

    private final FrameworkAgreements agreements;

    FrameworkPrices(FrameworkAgreements agreements) {
        super("framework-prices", FrameworkPrice.class, FrameworkPrice.Series.class, FrameworkPrice.Figures.class,
                Role.PROCUREMENT_LEAD, Role.ADMINISTRATOR);
        this.agreements = agreements;
    }

    @Override
    protected void requireKeeperOf(FrameworkPrice.Series series, SignedInPerson person) {
        Framework framework = agreements.find(series.frameworkReference()).orElseThrow(
                () -> new InvalidInput("frameworkReference", "names no framework agreement: "
                        + series.frameworkReference()));
        if (!person.worksFor(framework.buyerOrganisation())) {
            throw new Refused("Only the procurement leads of " + framework.buyerOrganisation() + ", which runs"
                    + " framework " + framework.reference() + ", can change its price schedules.");
        }
    }

    @Override
    protected FrameworkPrice create(FrameworkPrice.Series series, Period period, FrameworkPrice.Figures figures,
            String sourceNote) {
        return new FrameworkPrice(series, period, figures, sourceNote);
    }

    @Override
    protected ScheduledPrice view(FrameworkPrice price) {
        return price.view();
    }

    @Override
    protected String describe(FrameworkPrice.Series series) {
        return "The price of " + series.pricedService() + " from " + series.providerReference() + " on lot "
                + series.lotNumber() + " of " + series.frameworkReference();
    }

    /** The member's schedule in force on the date, by priced service. */
    List<ScheduledPrice> schedule(String frameworkReference, int lotNumber, String providerReference,
            LocalDate on) {
        return inForce(series -> series.frameworkReference().equals(frameworkReference)
                && series.lotNumber() == lotNumber && series.providerReference().equals(providerReference), on)
                .stream().map(FrameworkPrice::view).sorted(Comparator.comparing(ScheduledPrice::pricedService))
                .toList();
    }
}
