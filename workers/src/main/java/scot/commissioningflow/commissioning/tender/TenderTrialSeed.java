package scot.commissioningflow.commissioning.tender;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.commissioning.tender.TenderRequest.Participant;
import scot.commissioningflow.commissioning.tender.TenderRequest.Weights;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.trial.TrialSeed;

/**
 * A trial's tender: a new care-at-home service recorded by the demo commissioner, whose process runs through the
 * route and notice to its response period, so a provider can respond and the trial's time can be moved past its
 * deadline.
 */
@Component
class TenderTrialSeed implements TrialSeed {

    /** The demo commissioner (identity/demo-accounts.json), whose council buys the trial's tender. */
    static final SignedInPerson DEMO_COMMISSIONER = new SignedInPerson("aileen.commissioner", "Aileen Commissioner",
            Set.of(Role.COMMISSIONER), "DEMO-HSCP", null);

    private static final Logger log = LoggerFactory.getLogger(TenderTrialSeed.class);

    private final Tenders tenders;
    private final Clock clock;

    TenderTrialSeed(Tenders tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        LocalDate start = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusMonths(4).withDayOfMonth(1);
        TenderView tender = tenders.create(new TenderRequest(
                "Care and support at home in Strathspey",
                "Flexible care and support at home for about forty people in Strathspey, shaped around each person's"
                        + " week so that they live at home with the support they choose.",
                ServiceType.SOCIAL_CARE, new BigDecimal("840000.00"), new BigDecimal("1008000.00"), start, 36,
                List.of(new Outcome("People stay living in their own homes as long as they wish",
                                "Share of people supported still living at home after twelve months"),
                        new Outcome("People are connected to their community",
                                "Good conversations recording a community outcome met")),
                List.of(new CoProduction(Participant.SUPPORTED_PEOPLE,
                                "Three workshops in Aviemore and Grantown with twenty-four people"),
                        new CoProduction(Participant.UNPAID_CARERS, "Carers' centre survey, sixty-one replies")),
                false, null, new Weights(70, 20, 10), List.of("ewan.evaluator"), 20, true,
                "Paid four-weekly in arrears against the hours planned with each person, within 30 days of invoice.",
                "Quarterly outcome conversations with the people supported and an annual review meeting.",
                "Demo Health and Social Care Partnership", "Aileen Commissioner", "aileen.commissioner@example.scot"),
                DEMO_COMMISSIONER);
        log.info("Trial tender {} started; its process runs on to the response period", tender.reference());
    }
}
