package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.commissioning.tender.AwardWeights;
import scot.commissioningflow.commissioning.tender.ContinuityDecision;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.ServiceType;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.ExistingProvider;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.commissioning.tender.TenderRequest.Participant;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.TenderView;

/** Tenders as the commissioning services see them, for tests that need one without a database. */
public final class TenderViews {

    private TenderViews() {
    }

    /** A care-at-home tender in Strathspey, open for responses until the deadline given. */
    public static TenderView careAtHome(String reference, TenderStatus status, Instant responseDeadline) {
        return careAtHome(reference, status, responseDeadline, ProcurementRoute.REGULATED, null);
    }

    public static TenderView careAtHome(String reference, TenderStatus status, Instant responseDeadline,
            ProcurementRoute route, ExistingProvider existingProvider) {
        return new TenderView(reference, "Care at home, Strathspey", "Care and support at home in Strathspey.",
                ServiceType.SOCIAL_CARE, new BigDecimal("420000.00"), new BigDecimal("504000.00"),
                LocalDate.of(2027, 4, 1), 36,
                List.of(new Outcome("People stay living in their own homes", "Share still at home after 12 months")),
                List.of(new CoProduction(Participant.SUPPORTED_PEOPLE, "Three workshops in Aviemore"),
                        new CoProduction(Participant.UNPAID_CARERS, "Carers' centre survey")),
                existingProvider != null, existingProvider,
                existingProvider == null ? ContinuityDecision.NEW_SERVICE
                        : ContinuityDecision.CONTINUE_WITHOUT_COMPETITION,
                null, null, new AwardWeights(70, 20, 10), List.of("eval.ailsa", "eval.bruce"), 30, status, route,
                "CONTRACT_AND_AWARD_NOTICES", 10, null, responseDeadline, 1, 2251799813686461L,
                "Highland Health and Social Care Partnership", "Morag Fraser", "morag.fraser", "HIGHLAND-HSCP",
                Instant.parse("2026-11-02T09:00:00Z"), null, "morag.fraser@example.scot", true,
                "Paid four-weekly in arrears.", "Quarterly outcome conversations.");
    }
}
